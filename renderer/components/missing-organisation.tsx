/**
 * "Not filled in under Settings: Issuing body, Abbreviation …" with a button that opens Settings:
 * shown by the Checks tab and the export dialog when a notice layout would print an empty header.
 */
import { useTranslation } from 'react-i18next';
import { missingOrganisationFields } from '../../core/checks/organisation';
import type { DocxTemplate } from '../../core/export/types';
import { documentStore } from '../app/document-store';
import { openSettings, uiStore } from '../app/ui-store';
import { useStore } from '../lib/store';

/** `before` runs first (the export dialog closes itself, so Settings is not opened under it). */
export function MissingOrganisation({ template, before }: { template: DocxTemplate; before?: () => void }) {
  const { t } = useTranslation();
  const organisation = useStore(uiStore, (s) => s.settings?.organisation);
  const place = useStore(documentStore, (s) => s.meta.dateline.place);
  if (!organisation) return null;
  const missing = missingOrganisationFields(organisation, template, place);
  if (missing.length === 0) return null;
  const fields = missing.map((f) => t(`settings.${f}`)).join(', ');
  return (
    <div className="missing-organisation" data-testid="missing-organisation">
      <p>{t('missingOrganisation.text', { fields })}</p>
      <button type="button" onClick={() => {
          before?.();
          openSettings(true);
        }}>
        {t('missingOrganisation.open')}
      </button>
    </div>
  );
}
