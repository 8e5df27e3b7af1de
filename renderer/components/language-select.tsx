/** The interface language chooser, in the toolbar and in Settings: a choice applies (and is saved) at once. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../desktop';
import { changeLanguage } from '../app/settings-actions';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n';

export function LanguageSelect({ id, autoFocus = false }: { id: string; autoFocus?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <select id={id} value={i18n.language} data-autofocus={autoFocus || undefined} onChange={(e) => void changeLanguage(e.target.value as Language)}>
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </select>
  );
}
