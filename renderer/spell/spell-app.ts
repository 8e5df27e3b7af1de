/**
 * Spell check in the app: one service (one worker) for the window, following the settings
 * (on/off, the personal dictionary, the organisation's list) and the open release's language,
 * and its items in the body's context menu — the suggestions, "Add to my dictionary", "Ignore".
 * The worker starts a second after the first editor, off the startup path (its dictionaries are
 * ~0.6 MB of text, the English one slow to build).
 */
import i18next from 'i18next';
import type { Editor } from '@tiptap/core';
import { documentStore } from '../app/document-store';
import { saveSettings } from '../app/settings-actions';
import { uiStore } from '../app/ui-store';
import { spellErrorAt } from '../editor/extensions/spellcheck';
import { contextMenuPosition } from '../editor/extensions/selection-sync';
import { addEditorMenuItems, refreshEditorMenu, type EditorMenuItem } from '../review/editor-context-menu';
import { createSpellService, type SpellService, type WorkerLike } from './spell-service';
import '../styles/spell.css';

let service: SpellService | null = null;
const WARM_UP_AFTER_MS = 1_000;

function follow(s: SpellService): void {
  const fromSettings = (): void => {
    const spelling = uiStore.get().settings?.spelling;
    s.setEnabled(spelling?.enabled ?? true);
    s.setLists(spelling?.personalWords ?? [], spelling?.organisationWords ?? []);
  };
  let session = documentStore.get().session;
  const fromDocument = (): void => {
    const state = documentStore.get();
    s.setLanguage(state.meta.language === 'en' ? 'en' : 'vi');
    if (state.session !== session) {
      session = state.session;
      s.newSession();
    }
  };
  fromSettings();
  fromDocument();
  uiStore.subscribe(fromSettings);
  documentStore.subscribe(fromDocument);
}

/** The window's spell-check service, created (with its worker) on first use. */
export function spellService(): SpellService {
  if (service !== null) return service;
  const made = createSpellService(() => new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
  service = made;
  follow(made);
  addEditorMenuItems(spellMenuItems, { first: true });
  // The dictionaries load in the worker while the window settles (building the English one takes
  // 0.5-2 s), so a release opened afterwards is checked at once; never on the startup path itself.
  setTimeout(() => {
    if (made.enabled()) made.warmUp();
  }, WARM_UP_AFTER_MS);
  return made;
}

/** Adds `word` to the personal dictionary: accepted at once, then saved with the settings. */
export async function addToMyDictionary(word: string): Promise<void> {
  spellService().accept(word);
  const current = uiStore.get().settings?.spelling?.personalWords ?? [];
  if (!current.includes(word)) await saveSettings({ spelling: { personalWords: [...current, word] } });
}

function spellMenuItems(editor: Editor): EditorMenuItem[] {
  const s = service;
  if (s === null || !s.enabled() || !editor.isEditable) return [];
  const error = spellErrorAt(editor.state, contextMenuPosition(editor.view));
  if (error === null) return [];
  const { from, to, word } = error;
  const replace = (suggestion: string): void => {
    // Still the same word there (the menu may have stayed open over an edit)?
    if (editor.state.doc.textBetween(from, to) !== word) return;
    // insertText keeps the word's marks (bold, a link); in Suggesting mode it becomes a suggestion.
    editor.chain().focus().command(({ tr }) => {
      tr.insertText(suggestion, from, to);
      return true;
    }).run();
  };
  const suggestions = s.cachedSuggestions(word);
  if (suggestions === undefined) void s.suggest(word).then(() => refreshEditorMenu());
  const items: EditorMenuItem[] =
    suggestions === undefined
      ? [{ id: 'spell-finding', label: i18next.t('spell.finding'), enabled: false, run: () => {} }]
      : suggestions.length === 0
        ? [{ id: 'spell-none', label: i18next.t('spell.noSuggestions'), enabled: false, run: () => {} }]
        : suggestions.map((suggestion, i) => ({ id: `spell-suggestion-${i}`, label: suggestion, enabled: true, run: () => replace(suggestion) }));
  items[items.length - 1]!.separatorAfter = true;
  items.push(
    { id: 'spell-add', label: i18next.t('spell.addToDictionary'), enabled: true, run: () => void addToMyDictionary(word) },
    { id: 'spell-ignore', label: i18next.t('spell.ignore'), enabled: true, run: () => s.ignore(word), separatorAfter: true },
  );
  return items;
}
