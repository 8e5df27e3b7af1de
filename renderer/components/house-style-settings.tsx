/**
 * Settings ▸ Organisation's house style (issue 11): the glossary of official names, one a line
 * (`Name; variant; variant` — the .txt form of core/vi/glossary-file.ts), read from or written to a
 * .csv/.txt file to share across the office, and the preferred tone placement. The list becomes the
 * organisation's on Save, like every other field of the dialog.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryToLines, parseGlossary } from '../../core/vi/glossary-file';
import type { ToneStyle } from '../../core/vi/tone-style';
import { desktop } from '../desktop';
import { showError } from '../app/ui-store';

export function HouseStyleFieldset({
  text,
  onText,
  preferred,
  onPreferred,
}: {
  text: string;
  onText: (text: string) => void;
  preferred: ToneStyle;
  onPreferred: (style: ToneStyle) => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const hintId = useId();
  const styleId = useId();
  const [message, setMessage] = useState('');
  const count = parseGlossary(text).entries.length;

  const importList = async (): Promise<void> => {
    setMessage('');
    const result = await desktop.importGlossary({});
    if (!result.ok) {
      if (result.error.code === 'import-failed') setMessage(t('houseStyle.glossaryImportFailed'));
      else showError(result.error);
      return;
    }
    if (result.value === null) return;
    const { entries, skipped } = result.value;
    onText(glossaryToLines(entries));
    setMessage([t('houseStyle.glossaryImported', { count: entries.length }), ...(skipped > 0 ? [t('houseStyle.glossarySkipped', { count: skipped })] : [])].join(' '));
  };

  const exportList = async (): Promise<void> => {
    setMessage('');
    const result = await desktop.exportGlossary({ entries: parseGlossary(text).entries });
    if (!result.ok) showError(result.error);
    else if (result.value !== null) setMessage(t('houseStyle.glossaryWritten', { path: result.value.path }));
  };

  return (
    <fieldset className="group" data-testid="house-style">
      <legend>{t('houseStyle.glossary')}</legend>
      <div className="field">
        <label htmlFor={listId}>{t('houseStyle.glossaryLabel')}</label>
        <textarea
          id={listId}
          data-testid="glossary-text"
          className="glossary-text"
          rows={6}
          spellCheck={false}
          aria-describedby={hintId}
          value={text}
          onChange={(e) => onText(e.target.value.normalize('NFC'))}
        />
      </div>
      <p className="hint" id={hintId}>
        {t('houseStyle.glossaryHint')} {t('houseStyle.glossaryCount', { count })}
      </p>
      <div className="signoff-buttons">
        <button type="button" onClick={() => void importList()}>
          {t('houseStyle.importGlossary')}
        </button>
        <button type="button" onClick={() => void exportList()} disabled={count === 0}>
          {t('houseStyle.exportGlossary')}
        </button>
      </div>
      <p role="status" className="hint">
        {message}
      </p>
      <div className="field">
        <label htmlFor={styleId}>{t('houseStyle.toneStyle')}</label>
        <select id={styleId} data-testid="preferred-tone-style" value={preferred} onChange={(e) => onPreferred(e.target.value === 'reformed' ? 'reformed' : 'traditional')}>
          <option value="traditional">{t('houseStyle.toneTraditional')}</option>
          <option value="reformed">{t('houseStyle.toneReformed')}</option>
        </select>
      </div>
      <p className="hint">{t('houseStyle.toneHint')}</p>
    </fieldset>
  );
}
