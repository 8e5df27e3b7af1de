/**
 * The button row of a one-field form dialog (footnote, link, author name): the primary button
 * submits the form, then Remove where there is something to remove, Cancel last.
 */
import { useTranslation } from 'react-i18next';

export function DialogActions({
  submitLabel,
  submitDisabled = false,
  remove = null,
  onCancel,
}: {
  submitLabel: string;
  submitDisabled?: boolean;
  remove?: { label: string; onRemove: () => void } | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="modal-actions">
      <button type="submit" className="primary" disabled={submitDisabled}>
        {submitLabel}
      </button>
      {remove !== null && (
        <button type="button" onClick={remove.onRemove}>
          {remove.label}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        {t('dialog.cancel')}
      </button>
    </div>
  );
}
