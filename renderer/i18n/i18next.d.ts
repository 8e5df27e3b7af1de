// Types every t('…') key against the Vietnamese catalogue: a misspelt key is a type error.
import 'i18next';
import type { Catalogue } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
