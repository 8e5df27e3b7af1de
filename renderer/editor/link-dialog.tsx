/** Asks for a link target in the app (never window.prompt); only safe schemes are accepted. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref } from '../../core/document/schema-names';
import { toNfc } from '../../core/vi/nfc';
import type { LinkAnswer } from '../app/ui-store';
import { DialogActions } from '../components/dialog-actions';
import { Modal } from '../components/modal';

export function LinkDialog({ href, onAnswer }: { href: string; onAnswer: (answer: LinkAnswer) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(href);
  const [invalid, setInvalid] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const target = toNfc(value.trim());
    if (!isSafeHref(target)) {
      setInvalid(true);
      return;
    }
    onAnswer({ href: target });
  };

  return (
    <Modal title={t('link.title')} onCancel={() => onAnswer('cancel')} testId="link-dialog">
      <form onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>{t('link.field')}</label>
        <input
          id={fieldId}
          type="url"
          value={value}
          data-autofocus
          maxLength={2048}
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => {
            setValue(e.target.value);
            setInvalid(false);
          }}
        />
        <p id={hintId} className="hint">
          {t('link.hint')}
        </p>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('link.invalid')}
          </p>
        )}
        <DialogActions
          submitLabel={t('link.apply')}
          remove={href === '' ? null : { label: t('link.remove'), onRemove: () => onAnswer('remove') }}
          onCancel={() => onAnswer('cancel')}
        />
      </form>
    </Modal>
  );
}
