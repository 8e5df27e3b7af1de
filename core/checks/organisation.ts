/**
 * The organisation fields an official-notice layout prints and that are still empty. Decree 30 and
 * Guideline 36 headers come from the organisation profile (Settings), not from the release, so the
 * rule reads it from the preflight context; its finding points at Settings. A warning, not a
 * blocker: an approval signs the release's content, and the organisation is this installation's
 * profile, not part of it (another office exports the same approved file under its own header).
 */
import type { Release } from '../document/release';
import { defaultDocxTemplate, type DocxTemplate, type ExportOrganisation } from '../export/types';
import type { Finding, PreflightContext, Rule } from './rules';

export type OrganisationField = 'parentBody' | 'issuingBody' | 'abbreviation' | 'placeName';

/**
 * Empty fields, in the order Settings shows them. The parent body is optional for a state body
 * (Decree 30 prints it "if any") but a Party board always stands under its committee; the place
 * is needed only when the release's dateline gives none.
 */
export function missingOrganisationFields(organisation: ExportOrganisation, template: DocxTemplate, datelinePlace = ''): OrganisationField[] {
  if (template !== 'decree30' && template !== 'party36') return [];
  const empty = (s: string): boolean => s.trim() === '';
  const missing: OrganisationField[] = [];
  if (template === 'party36' && empty(organisation.parentBody)) missing.push('parentBody');
  if (empty(organisation.issuingBody)) missing.push('issuingBody');
  if (empty(organisation.abbreviation)) missing.push('abbreviation');
  if (empty(organisation.placeName) && empty(datelinePlace)) missing.push('placeName');
  return missing;
}

/**
 * The finding for the layout in the context (by default the kind's own under the organisation's
 * rulebook): params `layout` (the template) and `fields` (comma-separated OrganisationField names).
 * Takes only the kind and dateline, so the export dialog can ask without reading the whole body.
 */
export function organisationFindings(release: Pick<Release, 'kind' | 'dateline'>, context: PreflightContext): Finding[] {
  const { organisation } = context;
  if (organisation === undefined || organisation === null) return [];
  const layout = context.template ?? defaultDocxTemplate(release.kind, organisation.rulebook);
  const missing = missingOrganisationFields(organisation, layout, release.dateline.place);
  if (missing.length === 0) return [];
  return [{ ruleId: 'organisation.missing', severity: 'warning', params: { layout, fields: missing.join(',') }, target: { settings: 'organisation' } }];
}

export const organisationRule: Rule = {
  id: 'organisation.missing',
  severity: 'warning',
  applies: () => true,
  check: (release, _now, context) => organisationFindings(release, context),
};
