/** What a merge of a reviewer's copy brought in, and what it could not place (never dropped: listed here). */
import { useTranslation } from 'react-i18next';
import type { Unplaced } from '../../core/review/merge';
import { closeMergeReport, mergeStore } from '../app/merge-commands';
import { useStore } from '../lib/store';
import { Modal } from './modal';

/** "dateline.place" -> "datelinePlace", the key of its label. */
const fieldKey = (field: string): string => field.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

function UnplacedLine({ item }: { item: Unplaced }) {
  const { t } = useTranslation();
  const text = item.text.length > 120 ? `${item.text.slice(0, 120)}…` : item.text;
  switch (item.kind) {
    case 'thread':
      return <li>{t('merge.unplacedThread', { text })}</li>;
    case 'suggestion':
      return <li>{t('merge.unplacedSuggestion', { text })}</li>;
    case 'photo':
      return <li>{t('merge.unplacedPhoto', { text })}</li>;
    case 'table':
      return <li>{t('merge.unplacedTable', { text })}</li>;
    case 'detail':
      return <li>{t('merge.unplacedDetail', { field: t(`merge.fields.${fieldKey(item.id)}`, { defaultValue: item.id }), text })}</li>;
  }
}

export function MergeReportDialog() {
  const { t } = useTranslation();
  const notice = useStore(mergeStore, (s) => s);
  if (notice === null) return null;
  const { report, name } = notice;
  return (
    <Modal title={t('merge.title', { name })} onCancel={closeMergeReport} testId="merge-report" className="merge-report">
      <p>{t('merge.unsaved')}</p>
      <ul>
        <li>{t('merge.threadsAdded', { count: report.threadsAdded })}</li>
        <li>{t('merge.repliesAdded', { count: report.repliesAdded })}</li>
        <li>{t('merge.updatesTaken', { count: report.updatesTaken })}</li>
        <li>{t('merge.suggestionsAdded', { count: report.suggestionsAdded })}</li>
        <li>{t('merge.directEdits', { count: report.directEditsAsSuggestions })}</li>
      </ul>
      {report.directEditsAsSuggestions > 0 && <p>{t('merge.reviewer', { name: report.reviewer.name })}</p>}
      {report.differencesNotTaken > 0 && <p>{t('merge.notTaken', { count: report.differencesNotTaken })}</p>}
      {report.unplaced.length === 0 ? (
        <p>{t('merge.unplacedNone')}</p>
      ) : (
        <>
          <p>{t('merge.unplacedTitle', { count: report.unplaced.length })}</p>
          <ul data-testid="merge-unplaced">
            {report.unplaced.map((item) => (
              <UnplacedLine key={`${item.kind}:${item.id}`} item={item} />
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={closeMergeReport}>
          {t('merge.close')}
        </button>
      </div>
    </Modal>
  );
}
