/**
 * "Compare with…": one snapshot of the history against the text as it is now, read-only — the
 * details that changed, the photos added, removed or moved, and the body as a red-line. From here
 * the snapshot can be restored as suggestions (asked first).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PmNode } from '../../core/document/release';
import { closeComparison, comparisonStore, restoreOpenComparison, type OpenComparison } from '../app/history';
import { currentRelease } from '../app/document-store';
import { useLocked } from '../app/signoff';
import { Modal } from '../components/modal';
import { formatDateTime } from '../lib/date-format';
import { useStore } from '../lib/store';
import { RedLine } from './red-line';

/** The photos' alt texts by asset, from both sides, so a removed photo is named too. */
function altTexts(...bodies: { content: PmNode[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: readonly PmNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'figure') {
        const asset = String(node.attrs?.['asset'] ?? '');
        const alt = String(node.attrs?.['alt'] ?? '').trim();
        if (alt !== '' && !out.has(asset)) out.set(asset, alt);
      }
      walk(node.content ?? []);
    }
  };
  for (const body of bodies) walk(body.content);
  return out;
}

/** Each detail's label; a field not listed here is shown by its path. */
const FIELD_LABELS = {
  'kind': 'history.field.kind',
  'language': 'history.field.language',
  'headline': 'history.field.headline',
  'subhead': 'history.field.subhead',
  'sapo': 'history.field.sapo',
  'dateline.place': 'history.field.dateline_place',
  'dateline.date': 'history.field.dateline_date',
  'author.penName': 'history.field.author_penName',
  'contact.name': 'history.field.contact_name',
  'contact.phone': 'history.field.contact_phone',
  'contact.email': 'history.field.contact_email',
  'embargo': 'history.field.embargo',
  'boilerplate': 'history.field.boilerplate',
  'notice.number': 'history.field.notice_number',
  'notice.symbol': 'history.field.notice_symbol',
  'notice.summary': 'history.field.notice_summary',
  'notice.signatureLines': 'history.field.notice_signatureLines',
  'notice.signerName': 'history.field.notice_signerName',
  'notice.recipients': 'history.field.notice_recipients',
} as const;

export function CompareDialog() {
  const open = useStore(comparisonStore, (s) => s);
  return open === null ? null : <CompareView key={`${open.entry.id}-${open.session}`} open={open} />;
}

function CompareView({ open }: { open: OpenComparison }) {
  const { t, i18n } = useTranslation();
  // Once per comparison: reading the body out of the editor is not for every render.
  const [alts] = useState(() => altTexts(open.snapshot.body, currentRelease().body));
  const { entry, comparison } = open;
  // An approved release is locked: nothing may come back over its text until the approval is withdrawn.
  const locked = useLocked();
  const photoName = (asset: string): string => alts.get(asset) ?? t('history.photoNoAlt');
  const nothing = comparison.textChanges === 0 && comparison.details.length === 0 && comparison.figures.length === 0 && comparison.tableCells === 0;
  const fieldLabel = (field: string): string => (Object.hasOwn(FIELD_LABELS, field) ? t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]) : field);
  const restore = async (): Promise<void> => {
    await restoreOpenComparison({ title: t('history.restoreTitle'), message: t('history.restoreConfirm'), confirmLabel: t('history.restore') });
  };
  return (
    <Modal title={t('history.compareTitle', { move: t(`history.move.${entry.move}`), who: entry.by.name, when: formatDateTime(entry.at, i18n.language) })} onCancel={closeComparison} testId="compare-dialog" className="compare-dialog">
      <p className="hint" data-testid="compare-summary">
        {nothing ? t('history.noChanges') : t('history.summary', { text: comparison.textChanges, details: comparison.details.length, photos: comparison.figures.length })}
      </p>
      {comparison.tableCells > 0 && (
        <p className="hint" data-testid="compare-table-layout">
          {t('history.tableCells', { count: comparison.tableCells })}
        </p>
      )}
      {comparison.details.length > 0 && (
        <section>
          <h3 className="checks-heading">{t('history.detailsHeading')}</h3>
          <dl className="compare-details" data-testid="compare-details">
            {comparison.details.map((d) => (
              <div key={d.field} data-field={d.field}>
                <dt>{fieldLabel(d.field)}</dt>
                <dd>
                  {d.before !== '' && <del>{d.before}</del>} {d.after !== '' && <ins>{d.after}</ins>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {comparison.figures.length > 0 && (
        <section>
          <h3 className="checks-heading">{t('history.photosHeading')}</h3>
          <ul data-testid="compare-photos">
            {comparison.figures.map((f) => (
              <li key={`${f.asset}-${f.change}`} data-change={f.change}>
                {t(`history.photo.${f.change}`, { name: photoName(f.asset) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="checks-heading">{t('history.bodyHeading')}</h3>
        <RedLine body={comparison.body} photoLabel={(asset) => t('history.photoInText', { name: photoName(asset) })} />
      </section>
      <div className="modal-actions">
        <button type="button" onClick={() => void restore()} disabled={comparison.textChanges === 0 || locked} data-testid="restore-snapshot">
          {t('history.restore')}
        </button>
        <button type="button" className="primary" onClick={closeComparison} data-autofocus>
          {t('history.close')}
        </button>
      </div>
    </Modal>
  );
}
