/**
 * The embargo's date and time, typed in the app's language (vi `09:00, 15/01/2027`, en
 * `15 Jan 2027, 09:00`) — not a datetime-local field, which follows the browser's locale. Stored
 * as soon as the text is a real time; what cannot be read is said under the field, with an example.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentStore, updateMeta } from '../app/document-store';
import { useStore } from '../lib/store';
import { formatEmbargo, parseEmbargo } from './embargo';

export function EmbargoInput() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const embargo = useStore(documentStore, (s) => s.meta.embargo);
  const at = embargo.mode === 'until' ? embargo.at : '';
  const shown = formatEmbargo(at, i18n.language);
  const [text, setText] = useState(shown);
  const [touched, setTouched] = useState(false);
  const focused = useRef(false);
  // The stored time or the language changed elsewhere: show it anew — but never rewrite what the
  // officer is typing (9h would become 09:00 before the 30 of 9h30 is typed).
  useEffect(() => setText((current) => (focused.current && parseEmbargo(current) === at ? current : shown)), [shown, at]);
  const invalid = parseEmbargo(text) === null;
  const store = (value: string): void => {
    const next = parseEmbargo(value);
    if (next !== null && next !== at) updateMeta((m) => ({ ...m, embargo: { mode: 'until', at: next } }));
  };
  // The error waits for the first blur: half-typed text is not a mistake yet.
  const showError = invalid && touched;
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.embargoAt')}</label>
      <input
        id={id}
        type="text"
        value={text}
        data-field="embargo"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={showError ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => {
          setText(e.target.value);
          store(e.target.value);
        }}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setTouched(true);
          // A readable time is shown back in the one format (9h30 15/1/2027 -> 09:30, 15/01/2027).
          if (!invalid) setText(shown);
        }}
      />
      <p id={hintId} className="hint">
        {t('details.embargoAtHint')}
      </p>
      {showError && (
        <p id={errorId} className="field-error" role="alert">
          {t('details.embargoAtInvalid')}
        </p>
      )}
    </div>
  );
}
