/** The last failed call, as a sentence in the UI language; the document is never touched by it. */
import { useTranslation } from 'react-i18next';
import { dismissError, uiStore } from '../app/ui-store';
import { errorMessage } from '../i18n';
import { useStore } from '../lib/store';

export function ErrorAlert() {
  const { t } = useTranslation(); // re-render in a new language
  const error = useStore(uiStore, (s) => s.error);
  if (error === null) return null;
  return (
    <div className="error-alert" role="alert" data-testid="error-alert" data-code={error.code}>
      <p>{errorMessage(error)}</p>
      <button type="button" onClick={dismissError}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
