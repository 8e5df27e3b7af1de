/**
 * Asks for the profile's name before one's first comment or suggestion (Word asks for the user
 * name the same way): comments and suggested edits always carry their author. The answer goes
 * into the profile (renderer/review/ask-name.ts), so Settings shows it and it is asked once.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../core/vi/nfc';
import type { NameAnswer } from '../app/ui-store';
import { DialogActions } from '../components/dialog-actions';
import { Modal } from '../components/modal';

export function NameDialog({ onAnswer }: { onAnswer: (answer: NameAnswer) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const fieldId = useId();
  const messageId = useId();
  const errorId = useId();

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const name = toNfc(value.trim().replace(/\s+/g, ' '));
    if (name === '') {
      setInvalid(true);
      return;
    }
    onAnswer({ name });
  };

  return (
    <Modal title={t('reviewName.title')} onCancel={() => onAnswer('cancel')} describedBy={messageId} testId="name-dialog">
      <form onSubmit={submit} noValidate>
        <p id={messageId}>{t('reviewName.body')}</p>
        <label htmlFor={fieldId}>{t('settings.fullName')}</label>
        <input
          id={fieldId}
          type="text"
          value={value}
          data-autofocus
          maxLength={200}
          autoComplete="name"
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('reviewName.required')}
          </p>
        )}
        <DialogActions submitLabel={t('reviewName.ok')} onCancel={() => onAnswer('cancel')} />
      </form>
    </Modal>
  );
}
