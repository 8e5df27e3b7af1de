/**
 * i18next set up for the renderer: vi and en shipped with the app (offline, no backend), the
 * language from settings, `<html lang>` following it so screen readers and hyphenation use the
 * right language. Each catalogue is its own chunk: startup loads only the UI language's, the other
 * comes when the language is switched.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { AppError, ErrorCode, Language } from '../desktop';
import type { Catalogue } from './vi';

/** Every error code the bridge can send has a sentence (a type error otherwise). */
type HasEverySentence<T extends Record<ErrorCode, string>> = T;
export type ErrorSentences = HasEverySentence<Catalogue['errors']>;

/** A language's catalogue, as its own chunk (import() with a literal path, so the bundler splits it). */
function loadCatalogue(language: Language): Promise<Catalogue> {
  return language === 'en' ? import('./en').then((m) => m.en) : import('./vi').then((m) => m.vi);
}

async function ensureCatalogue(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

/** The UI languages (mirrors LANGUAGES in electron/api.ts, which the renderer imports for types only). */
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Language names are written in their own language, whichever UI language is active. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export async function initI18n(language: Language): Promise<void> {
  const catalogue = await loadCatalogue(language);
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: catalogue } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

export async function setLanguage(language: Language): Promise<void> {
  if (i18next.language === language) return;
  await ensureCatalogue(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** A refused photo says why (SVG, too big, damaged...) rather than the general sentence. */
function imageRefusal(error: AppError): string | null {
  const reason = error.params?.['reason'];
  if ((error.code !== 'image-refused' && error.code !== 'too-large') || typeof reason !== 'string') return null;
  const refused: unknown = i18next.getResource(i18next.language, 'translation', 'figure.refused');
  if (typeof refused !== 'object' || refused === null || !hasOwn(refused, reason)) return null;
  return i18next.t(`figure.refused.${reason as keyof Catalogue['figure']['refused']}`);
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** What the window did when a document could not be shown (components/document-boundary.tsx). */
const SHOW_FAILURES = {
  'cannot-show': 'errors.cannotShow',
  redrawn: 'errors.redrawn',
  'cannot-show-none': 'errors.cannotShowNothing',
} as const;

/** The plain sentence for a failed call, in the UI language, with its detail when there is one. */
export function errorMessage(error: AppError): string {
  const t = i18next.t;
  const params = error.params ?? {};
  const sentence =
    error.code === 'unsupported-version'
      ? t('errors.unsupported-version', { version: String(params['version'] ?? '?') })
      : error.code === 'signing-key' && params['reason'] === 'locked'
        ? t('errors.signingKeyLocked')
        : error.code === 'corrupt' && typeof params['reason'] === 'string' && hasOwn(SHOW_FAILURES, params['reason'])
          ? t(SHOW_FAILURES[params['reason'] as keyof typeof SHOW_FAILURES])
          : imageRefusal(error) ?? t(`errors.${error.code}`, params);
  const detail = params['detail'];
  return detail === undefined || detail === '' ? sentence : `${sentence} ${t('errors.detail', { detail: String(detail) })}`;
}
