/** Words and characters (what Word counts), saved state, file name. */
import { useTranslation } from 'react-i18next';
import { documentName, documentStore } from '../app/document-store';
import { suggestingStore } from '../app/review-author';
import { selectionWordsStore } from '../app/selection-stats';
import { statsStore } from '../app/stats';
import { statusNoticeStore } from '../app/status-notice';
import { useStore } from '../lib/store';
import { formatTime } from '../lib/date-format';
import { formatCount } from '../lib/number-format';

function SavedState() {
  const { t } = useTranslation();
  const dirty = useStore(documentStore, (s) => s.dirty);
  const hasFile = useStore(documentStore, (s) => s.path !== null);
  const recoveredAt = useStore(documentStore, (s) => s.recoveredAt);
  let text: string;
  if (dirty && recoveredAt !== null) {
    const time = formatTime(recoveredAt);
    text = t('status.recoveryKept', { time });
  } else if (dirty) text = t('status.unsaved');
  else text = hasFile ? t('status.saved') : t('status.pristine');
  return (
    <span className={dirty ? 'status-item status-unsaved' : 'status-item'} data-testid="status-saved" aria-live="polite">
      {text}
    </span>
  );
}

function FileName() {
  const { t } = useTranslation();
  const name = useStore(documentStore, documentName);
  const path = useStore(documentStore, (s) => s.path);
  return (
    <span className="status-item status-file" data-testid="status-file" title={path ?? undefined} aria-live="polite">
      {name ?? t('app.untitled')}
    </span>
  );
}

/** Suggesting mode is a state of the whole editor: said where the state of the file is. */
function SuggestingState() {
  const { t } = useTranslation();
  const on = useStore(suggestingStore, (s) => s);
  if (!on) return null;
  return (
    <span className="status-item status-suggesting" data-testid="status-suggesting">
      {t('suggest.status')}
    </span>
  );
}

/** Why the last action did not happen (a table edit while Suggesting), for a few seconds. */
function Notice() {
  const text = useStore(statusNoticeStore, (s) => s);
  return (
    <span className="status-item status-notice" data-testid="status-notice" role="status">
      {text ?? ''}
    </span>
  );
}

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { words, characters } = useStore(statsStore, (s) => s);
  const selected = useStore(selectionWordsStore, (s) => s);
  const formatted = formatCount(words, i18n.language);
  return (
    <div className="status-bar">
      <span className="status-item" data-testid="status-words">
        {selected === null
          ? t('status.words', { count: words, formatted })
          : t('status.selectionWords', { count: words, formatted, selected: formatCount(selected, i18n.language) })}
      </span>
      <span className="status-item" data-testid="status-characters">
        {t('status.characters', { formatted: formatCount(characters, i18n.language) })}
      </span>
      <SuggestingState />
      <Notice />
      <SavedState />
      <FileName />
    </div>
  );
}
