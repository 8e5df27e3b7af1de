/** The legacy-encoding message (renderer/app/legacy-notice.ts): which encodings, how many paragraphs. */
import { useTranslation } from 'react-i18next';
import { LEGACY_ENCODINGS } from '../../core/vi/legacy/report';
import { closeLegacyNotice, legacyNoticeStore } from '../app/legacy-notice';
import { useStore } from '../lib/store';

export function LegacyNotice() {
  const { t } = useTranslation();
  const state = useStore(legacyNoticeStore, (s) => s);
  if (state === null) return null;
  const parts = LEGACY_ENCODINGS.filter((e) => (state.report[e] ?? 0) > 0).map((e) => t('legacy.part', { count: state.report[e], encoding: t(`legacy.${e}`) }));
  return (
    <div className="article-notice legacy-notice" role="status" data-testid="legacy-notice">
      <p>
        {t('legacy.converted', { parts: parts.join(t('legacy.and')) })}
        {state.source === 'paste' ? ` ${t('legacy.hint')}` : ''}
      </p>
      <span className="article-notice-actions">
        <button type="button" onClick={closeLegacyNotice}>
          {t('legacy.close')}
        </button>
      </span>
    </div>
  );
}
