/**
 * A date field in the app's language, not the browser's: <input type="date"> shows the system
 * locale's order (a Vietnamese UI showed 01/15/2027). Shown as vi 15/01/2027, en 15 Jan 2027;
 * typed in either form (or ISO); stored as ISO yyyy-mm-dd once it is a real day.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentStore, updateMeta } from '../app/document-store';
import { formatIsoDay, parseDay } from '../lib/date-format';
import { useStore } from '../lib/store';

interface DayInputProps {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  field?: string;
}

export function DayInput({ label, value, onChange, field }: DayInputProps) {
  const id = useId();
  const { i18n } = useTranslation();
  const shown = formatIsoDay(value, i18n.language);
  const [text, setText] = useState(shown);
  // The stored day or the language changed elsewhere: show it anew.
  useEffect(() => setText(shown), [shown]);
  const invalid = text.trim() !== '' && parseDay(text) === null;
  const commit = (): void => {
    const iso = text.trim() === '' ? '' : parseDay(text);
    if (iso !== null && iso !== value) onChange(iso);
    else if (iso !== null) setText(shown);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        placeholder={i18n.language.startsWith('vi') ? 'dd/mm/yyyy' : 'dd Mmm yyyy'}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        data-field={field}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDay(e.target.value);
          if (iso !== null && iso !== value) onChange(iso);
        }}
        onBlur={commit}
      />
    </div>
  );
}

/** The dateline's day in the Details tab. */
export function DatelineDay() {
  const { t } = useTranslation();
  const value = useStore(documentStore, (s) => s.meta.dateline.date);
  return (
    <DayInput label={t('details.date')} field="dateline.date" value={value} onChange={(date) => updateMeta((m) => ({ ...m, dateline: { ...m.dateline, date } }))} />
  );
}
