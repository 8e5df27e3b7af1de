/**
 * The organisation fields an official-notice layout prints and that are still empty. Decree 30 and
 * Guideline 36 headers come from the organisation profile (Settings), not from the release, so
 * preflight cannot see them: the Checks tab and the export dialog ask this and offer Settings.
 */
import type { DocxTemplate, ExportOrganisation } from '../export/types';

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
