/**
 * The versions kept at workflow moves, in the Sign-off tab: each with "Compare with current", and
 * one "Changes since my last review" button for the last version this computer's key made.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { compareWith, fingerprintStore, lastSnapshotBy, loadFingerprint } from '../app/history';
import { documentStore } from '../app/document-store';
import { formatDateTime } from '../lib/date-format';
import { useStore } from '../lib/store';
import { CompareDialog } from './compare-dialog';

export function HistorySection() {
  const { t, i18n } = useTranslation();
  const history = useStore(documentStore, (s) => s.meta.history);
  const fingerprint = useStore(fingerprintStore, (s) => s);
  useEffect(loadFingerprint, []);
  const mine = lastSnapshotBy(history, fingerprint);
  return (
    <section data-testid="history-section">
      <h2 className="checks-heading">{t('history.heading')}</h2>
      <button type="button" disabled={mine === null} onClick={() => mine !== null && void compareWith(mine)} data-testid="changes-since-mine">
        {t('history.sinceMine')}
      </button>
      {mine === null && <p className="hint">{t('history.sinceMineNone')}</p>}
      {history.length === 0 ? (
        <p className="hint">{t('history.none')}</p>
      ) : (
        <ol className="signoff-history" data-testid="history-list">
          {[...history].reverse().map((entry) => (
            <li key={entry.id} data-move={entry.move}>
              <p>{t('history.entry', { move: t(`history.move.${entry.move}`), who: entry.by.name, when: formatDateTime(entry.at, i18n.language) })}</p>
              <button type="button" onClick={() => void compareWith(entry)}>
                {t('history.compare')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <CompareDialog />
    </section>
  );
}
