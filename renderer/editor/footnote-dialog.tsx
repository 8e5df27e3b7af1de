/**
 * Writes or edits a footnote's text (issue 10): a small dialog, as Word's note pane is the page's
 * foot and ours is this box. Enter adds a line; Ctrl/Cmd+Enter (or the button) saves.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOOTNOTE_MAX_CHARS } from '../../core/document/body-schema';
import { toNfc } from '../../core/vi/nfc';
import type { FootnoteAnswer } from '../app/ui-store';
import { DialogActions } from '../components/dialog-actions';
import { Modal } from '../components/modal';

export function FootnoteDialog({ text, number, onAnswer }: { text: string; number: number | null; onAnswer: (answer: FootnoteAnswer) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(text);
  const fieldId = useId();
  const hintId = useId();
  const empty = value.trim() === '';

  const submit = (e?: FormEvent): void => {
    e?.preventDefault();
    if (!empty) onAnswer({ text: toNfc(value.trim()) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  return (
    <Modal title={number === null ? t('footnote.titleNew') : t('footnote.titleEdit', { n: number })} onCancel={() => onAnswer('cancel')} testId="footnote-dialog">
      <form onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>{t('footnote.field')}</label>
        <textarea
          id={fieldId}
          className="footnote-field"
          rows={4}
          value={value}
          data-autofocus
          maxLength={FOOTNOTE_MAX_CHARS}
          aria-describedby={hintId}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="hint">
          {t('footnote.hint')}
        </p>
        <DialogActions
          submitLabel={number === null ? t('footnote.insert') : t('footnote.apply')}
          submitDisabled={empty}
          remove={number === null ? null : { label: t('footnote.remove'), onRemove: () => onAnswer('remove') }}
          onCancel={() => onAnswer('cancel')}
        />
      </form>
    </Modal>
  );
}
