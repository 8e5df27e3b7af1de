/**
 * Settings ▸ Spelling: on/off, the personal dictionary and the organisation's names, one a line.
 * The organisation's list comes from and goes to a plain .txt (UTF-8, NFC, one name a line) so an
 * office can share it: the file is read from the user's pick (<input type="file">) and written as a
 * download, so no new channel to the disk is needed for a text file.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../desktop';

type SpellingSettings = NonNullable<Settings['spelling']>;

/** Absent in the settings: on, no words of one's own (electron/services/settings.ts DEFAULT_SPELLING). */
export const DEFAULT_SPELLING: SpellingSettings = { enabled: true, personalWords: [], organisationWords: [] };

/** Bounds of electron/api.ts wordListSchema: a longer line is not a name, a longer list is cut. */
const MAX_ENTRY = 200;
const MAX_ENTRIES = 10_000;

/** One entry a line, NFC, trimmed, each once (what settings.ts keeps). */
export function parseWordList(text: string): string[] {
  const lines = text.replace(/^\uFEFF/u, '').normalize('NFC').split(/\r\n|\r|\n/u);
  return [...new Set(lines.map((l) => l.trim()).filter((l) => l !== '' && l.length <= MAX_ENTRY))].slice(0, MAX_ENTRIES);
}

export function wordListText(words: readonly string[]): string {
  return words.map((w) => `${w.normalize('NFC')}\n`).join('');
}

/** Refuses bytes that are not UTF-8 text (a .doc renamed, a legacy-encoded list). */
export function decodeWordListFile(bytes: ArrayBuffer): string[] | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? null : parseWordList(text);
  } catch {
    return null;
  }
}

const MAX_LIST_FILE_BYTES = 2 * 1024 * 1024;

export function SpellingFieldset({ value, onChange }: { value: SpellingSettings; onChange: (next: SpellingSettings) => void }) {
  const { t } = useTranslation();
  const enabledId = useId();
  const personalId = useId();
  const orgId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  // The text areas keep what is typed (blank lines included) until the dialog is saved.
  const [personal, setPersonal] = useState(() => wordListText(value.personalWords));
  const [org, setOrg] = useState(() => wordListText(value.organisationWords));

  const importList = async (files: FileList | null): Promise<void> => {
    const picked = files?.[0];
    if (!picked) return;
    const words = picked.size > MAX_LIST_FILE_BYTES ? null : decodeWordListFile(await picked.arrayBuffer());
    if (words === null) {
      setMessage(t('spell.importFailed'));
      return;
    }
    setOrg(wordListText(words));
    onChange({ ...value, organisationWords: words });
    setMessage(t('spell.imported', { count: words.length }));
  };

  const exportList = (): void => {
    const url = URL.createObjectURL(new Blob([wordListText(parseWordList(org))], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('spell.exportName');
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <fieldset className="group" data-testid="spelling-settings">
      <legend>{t('spell.settings')}</legend>
      <div className="field checkbox">
        <input id={enabledId} type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />
        <label htmlFor={enabledId}>{t('spell.enabled')}</label>
      </div>
      <p className="hint">{t('spell.hint')}</p>
      <div className="field">
        <label htmlFor={personalId}>{t('spell.personalWords')}</label>
        <textarea
          id={personalId}
          rows={3}
          value={personal}
          onChange={(e) => {
            setPersonal(e.target.value);
            onChange({ ...value, personalWords: parseWordList(e.target.value) });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={orgId}>{t('spell.organisationWords')}</label>
        <textarea
          id={orgId}
          rows={4}
          value={org}
          onChange={(e) => {
            setOrg(e.target.value);
            onChange({ ...value, organisationWords: parseWordList(e.target.value) });
          }}
        />
      </div>
      <div className="row-actions">
        <button type="button" onClick={() => file.current?.click()}>
          {t('spell.importList')}
        </button>
        <button type="button" onClick={exportList}>
          {t('spell.exportList')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="word-list-file"
          onChange={(e) => {
            void importList(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {message !== '' && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
    </fieldset>
  );
}
