/**
 * The manual conversion dialog (renderer/editor/legacy-convert.ts): the officer picks the old
 * encoding (detection's guess preselected), sees the selection before and after, and converts it
 * as one undo step. Opened from the body's context menu and the format toolbar.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { Modal } from '../components/modal';
import { createStore, useStore } from '../lib/store';
import { addEditorMenuItems } from '../review/editor-context-menu';
import { MANUAL_ENCODINGS, convertSelection, decodeManual, guessEncoding, selectionText, type ManualEncoding } from './legacy-convert';

/** Characters of the selection the preview shows (the conversion takes all of it). */
const PREVIEW_CHARS = 600;

interface OpenState {
  text: string;
  guess: ManualEncoding | null;
}

const legacyConvertStore = createStore<OpenState | null>(null);

export function openLegacyConvert(editor: Editor): void {
  const text = selectionText(editor.state);
  legacyConvertStore.set({ text, guess: text.trim() === '' ? null : guessEncoding(text) });
}

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

/** Mounted once beside the body editor: the dialog when open, and the context menu's item. */
export function LegacyConvertDialog({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const open = useStore(legacyConvertStore, (s) => s);
  useEffect(
    () =>
      // Only with text selected: there is nothing to convert otherwise.
      addEditorMenuItems((ed) =>
        ed.state.selection.empty ? [] : [{ id: 'legacy-convert', label: t('legacy.command'), enabled: ed.isEditable, run: () => openLegacyConvert(ed) }],
      ),
    [t],
  );
  if (open === null) return null;
  const close = (): void => {
    legacyConvertStore.set(null);
    editor.commands.focus();
  };
  return (
    <Modal title={t('legacy.title')} onCancel={close} testId="legacy-convert-dialog">
      <ConvertForm editor={editor} open={open} close={close} />
    </Modal>
  );
}
