/**
 * The manual conversion dialog's content (legacy-convert-dialog.tsx opens it): the encodings to
 * choose from, detection's guess preselected, the selection before and after. Its own chunk: the
 * decoding tables load when the dialog is first opened.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { Modal } from '../components/modal';
import { MANUAL_ENCODINGS, convertSelection, decodeManual, guessEncoding, type ManualEncoding } from './legacy-convert';

/** Characters of the selection the preview shows (the conversion takes all of it). */
const PREVIEW_CHARS = 600;

const OPTION_KEY = {
  tcvn3: 'legacy.tcvn3Option',
  'tcvn3-caps': 'legacy.tcvn3CapsOption',
  vni: 'legacy.vniOption',
  viqr: 'legacy.viqrOption',
} as const;

function ConvertForm({ editor, open, close }: { editor: Editor; open: OpenState; close: () => void }) {
  const { t } = useTranslation();
  const [encoding, setEncoding] = useState<ManualEncoding>(open.guess ?? 'tcvn3');
  const name = useId();
  const before = open.text.length > PREVIEW_CHARS ? `${open.text.slice(0, PREVIEW_CHARS)}…` : open.text;
  const after = decodeManual(before, encoding);
  const empty = open.text.trim() === '';
  const convert = (): void => {
    const tr = convertSelection(editor.state, encoding);
    if (tr !== null) editor.view.dispatch(tr);
    close();
  };
  return (
    <>
      {empty ? (
        <p>{t('legacy.noSelection')}</p>
      ) : (
        <>
          <p className="hint">{open.guess === null ? t('legacy.noGuess') : t('legacy.guess', { encoding: t(OPTION_KEY[open.guess]) })}</p>
          <fieldset className="group">
            <legend>{t('legacy.from')}</legend>
            {MANUAL_ENCODINGS.map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={name} value={value} checked={encoding === value} data-autofocus={encoding === value ? true : undefined} onChange={() => setEncoding(value)} />
                {t(OPTION_KEY[value])}
              </label>
            ))}
          </fieldset>
          <div className="legacy-preview">
            <h3>{t('legacy.before')}</h3>
            <p className="legacy-preview-text" data-testid="legacy-before" lang="vi">{before}</p>
            <h3>{t('legacy.after')}</h3>
            <p className="legacy-preview-text" data-testid="legacy-after" lang="vi">{after}</p>
          </div>
          {after === before && <p role="status">{t('legacy.noChange')}</p>}
        </>
      )}
      <div className="modal-actions">
        {!empty && (
          <button type="button" className="primary" disabled={after === before} onClick={convert}>
            {t('legacy.convert')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('legacy.cancel')}
        </button>
      </div>
    </>
  );
}

interface OpenState {
  text: string;
  guess: ManualEncoding | null;
}

export function ConvertModal({ editor, text, close }: { editor: Editor; text: string; close: () => void }) {
  const { t } = useTranslation();
  const [open] = useState<OpenState>(() => ({ text, guess: text.trim() === '' ? null : guessEncoding(text) }));
  return (
    <Modal title={t('legacy.title')} onCancel={close} testId="legacy-convert-dialog">
      <ConvertForm editor={editor} open={open} close={close} />
    </Modal>
  );
}
