/** The start-up offer of unsaved work from last time: Restore or Discard each, or decide later. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../desktop';
import { discardRecoveryEntry, restoreRecovery } from '../app/file-commands';
import { setRecoveryOffer, uiStore } from '../app/ui-store';
import { useStore } from '../lib/store';
import { Modal } from './modal';
import { formatDateTime } from '../lib/date-format';

function Entry({ entry }: { entry: RecoveryEntry }) {
  const { t, i18n } = useTranslation();
  const headlineId = useId();
  const time = formatDateTime(entry.savedAt, i18n.language);
  const file = entry.path === null ? t('recovery.neverSaved') : t('recovery.belongsTo', { path: entry.path });
  return (
    <li className="recovery-entry">
      <div id={headlineId}>
        <strong className="recovery-headline">{entry.headline.trim() === '' ? t('recovery.untitled') : entry.headline}</strong>
        <span className="recovery-meta">{t('recovery.savedAt', { time })}</span>
        <span className="recovery-meta">{file}</span>
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" aria-describedby={headlineId} onClick={() => void restoreRecovery(entry)}>
          {t('recovery.restore')}
        </button>
        <button type="button" aria-describedby={headlineId} onClick={() => void discardRecoveryEntry(entry)}>
          {t('recovery.discard')}
        </button>
      </div>
    </li>
  );
}

export function RecoveryDialog() {
  const { t } = useTranslation();
  const entries = useStore(uiStore, (s) => s.recovery);
  const introId = useId();
  if (entries.length === 0) return null;
  // Not now: the copies stay on disk and are offered again at the next start.
  const later = (): void => setRecoveryOffer([]);
  return (
    <Modal title={t('recovery.title')} onCancel={later} describedBy={introId} testId="recovery-dialog" className="recovery-dialog">
      <p id={introId}>{t('recovery.intro')}</p>
      <ul className="recovery-list">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={later}>
          {t('recovery.later')}
        </button>
      </div>
    </Modal>
  );
}
