/** The article-recognition message (renderer/app/article-notice.ts): what went where, what was left out, undo. */
import { useTranslation } from 'react-i18next';
import type { ArticleReport } from '../../core/import/article';
import { articleNoticeStore, closeArticleNotice, undoRecognition } from '../app/article-notice';
import { useStore } from '../lib/store';

/** At most this many left-out lines are quoted; the count says the rest. */
const QUOTED = 6;

function partsSentence(t: ReturnType<typeof useTranslation>['t'], report: ArticleReport): string {
  const parts = [t('article.headline')];
  if (report.caption !== '') parts.push(t('article.caption'));
  if (report.sapo) parts.push(t('article.sapo'));
  parts.push(t('article.paragraphs', { count: report.paragraphs }));
  if (report.penName !== '') parts.push(t('article.penName', { name: report.penName }));
  return t('article.parts', { parts: parts.join(', ') });
}

export function ArticleNotice() {
  const { t } = useTranslation();
  const state = useStore(articleNoticeStore, (s) => s);
  if (state === null) return null;
  const { report } = state;
  const quoted = report.leftOut.slice(0, QUOTED).map((line) => `«${line.length > 60 ? `${line.slice(0, 60)}…` : line}»`);
  // The sentence ends with its full stop, or with … when more lines were left out than are quoted.
  const lines = report.leftOutCount > QUOTED ? `${quoted.join(', ')}, …` : `${quoted.join(', ')}.`;
  return (
    <div className="article-notice" role="status" data-testid="article-notice" data-state={state.undone ? 'undone' : 'recognised'}>
      {state.undone ? (
        <p>{t('article.undone')}</p>
      ) : (
        <p>
          {`${t('article.recognised')} ${partsSentence(t, report)} `}
          {report.leftOutCount > 0 ? t('article.leftOut', { count: report.leftOutCount, lines }) : t('article.nothingLeftOut')}
        </p>
      )}
      <span className="article-notice-actions">
        {state.canUndo && (
          <button type="button" data-testid="article-undo" onClick={undoRecognition}>
            {t('article.undo')}
          </button>
        )}
        <button type="button" onClick={closeArticleNotice}>
          {t('article.close')}
        </button>
      </span>
    </div>
  );
}
