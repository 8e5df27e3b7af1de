/**
 * Settings: the defaults, pure updates, and a loader that survives a damaged settings file
 * (every field that still validates is kept; the rest falls back to its default).
 */
import {
  organisationProfileSchema,
  settingsSchema,
  spellingSchema,
  userProfileSchema,
  type Settings,
  type SettingsPatch,
  type SpellingSettings,
} from '../api';

export interface SettingsStore {
  get(): Settings;
  set(next: Settings): void;
}

export const MAX_RECENT_FILES = 10;

export function defaultSettings(osLocale: string): Settings {
  return {
    language: osLocale.toLowerCase().startsWith('vi') ? 'vi' : 'en',
    profile: { fullName: '', penName: '', position: '', initials: '' },
    organisation: { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state', trustedApprovers: [], withdrawnApprovals: [], separationOfDuties: 'warn', releaseLanguage: 'vi', glossary: [], preferredToneStyle: 'traditional' },
    recentFiles: [],
    autosaveFolder: '',
    sampleShown: false,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Keeps each key of `fallback` whose stored value passes its own schema. */
function mergeValid<T extends Record<string, unknown>>(
  shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>,
  stored: unknown,
  fallback: T,
): T {
  const out: Record<string, unknown> = { ...fallback };
  if (!isRecord(stored)) return out as T;
  for (const key of Object.keys(fallback)) {
    const parsed = shape[key]?.safeParse(stored[key]);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out as T;
}

export const DEFAULT_SPELLING: SpellingSettings = { enabled: true, personalWords: [], organisationWords: [] };

/** The spell-check settings that still validate, field by field (a damaged word list loses only itself). */
function loadSpelling(stored: unknown): SpellingSettings | undefined {
  if (!isRecord(stored)) return undefined;
  return mergeValid(spellingSchema.shape, stored, DEFAULT_SPELLING);
}

/** A word list as stored: NFC, trimmed, each entry once, in the order first given. */
export function cleanWordList(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.normalize('NFC').trim()).filter((w) => w !== ''))];
}

/** Whatever was stored, a valid Settings: the app must start even with a broken settings file. */
export function loadSettings(stored: unknown, osLocale: string): Settings {
  const defaults = defaultSettings(osLocale);
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const raw = isRecord(stored) ? stored : {};
  const recent = Array.isArray(raw['recentFiles'])
    ? raw['recentFiles'].filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length <= 4_096)
    : [];
  const top = mergeValid(settingsSchema.shape, raw, defaults);
  // Optional, so not among the defaults mergeValid walks: kept when it still validates.
  const theme = settingsSchema.shape.theme.safeParse(raw['theme']);
  const spelling = loadSpelling(raw['spelling']);
  return {
    ...top,
    ...(theme.success && theme.data !== undefined ? { theme: theme.data } : {}),
    ...(spelling !== undefined ? { spelling } : {}),
    profile: mergeValid(userProfileSchema.shape, raw['profile'], defaults.profile),
    organisation: mergeValid(organisationProfileSchema.shape, raw['organisation'], defaults.organisation),
    recentFiles: [...new Set(recent)].slice(0, MAX_RECENT_FILES),
  };
}

const nfc = (s: string): string => s.normalize('NFC');

function nfcStrings<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? nfc(v) : v])) as T;
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function patchedSpelling(current: SpellingSettings, patch: Partial<SpellingSettings>): SpellingSettings {
  return {
    enabled: patch.enabled ?? current.enabled,
    personalWords: cleanWordList(patch.personalWords ?? current.personalWords),
    organisationWords: cleanWordList(patch.organisationWords ?? current.organisationWords),
  };
}

/** Pure: the settings after a renderer's patch, strings in NFC. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ...(patch.language !== undefined ? { language: patch.language } : {}),
    ...(patch.autosaveFolder !== undefined ? { autosaveFolder: nfc(patch.autosaveFolder) } : {}),
    ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
    ...(patch.spelling !== undefined ? { spelling: patchedSpelling(settings.spelling ?? DEFAULT_SPELLING, patch.spelling) } : {}),
    profile: { ...settings.profile, ...nfcStrings(defined(patch.profile ?? {})) },
    // The trusted list and its withdrawals are not in the patch schema: they change only by
    // importing a shared list or withdrawing an approval.
    organisation: {
      ...settings.organisation,
      ...nfcStrings(defined(patch.organisation ?? {})),
      ...(patch.organisation?.glossary !== undefined
        ? { glossary: patch.organisation.glossary.map((e) => ({ name: nfc(e.name), variants: e.variants.map(nfc) })) }
        : {}),
      trustedApprovers: settings.organisation.trustedApprovers,
      withdrawnApprovals: settings.organisation.withdrawnApprovals,
    },
  };
}

/** Pure: `path` first, no duplicates, at most ten. */
export function addRecentFile(settings: Settings, path: string): Settings {
  const recentFiles = [path, ...settings.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
  return { ...settings, recentFiles };
}

export function createMemorySettingsStore(initial: Partial<Settings> = {}, osLocale = 'en'): SettingsStore {
  let current: Settings = loadSettings({ ...defaultSettings(osLocale), ...initial }, osLocale);
  return {
    get: () => structuredClone(current),
    set: (next) => {
      current = structuredClone(settingsSchema.parse(next));
    },
  };
}

/** A store that tells `listener` after every change (main rebuilds the menu on language or recent files). */
export function observeSettings(store: SettingsStore, listener: (next: Settings) => void): SettingsStore {
  return {
    get: () => store.get(),
    set: (next) => {
      store.set(next);
      listener(store.get());
    },
  };
}
