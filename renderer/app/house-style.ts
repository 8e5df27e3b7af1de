/**
 * The organisation's house style in the open release (issue 11): its glossary flagged in the body
 * (renderer/editor/extensions/glossary-highlight.ts) with a one-click fix in the context menu,
 * "fix all" for the Checks tab's glossary findings (body and fields), and "Chuẩn hóa kiểu bỏ dấu",
 * which turns the body's words in the other tone style into suggestions by the current person and
 * rewrites the headline, subhead, sapo, boilerplate and notice summary directly (fields cannot carry
 * suggestions; each of the three sheet fields keeps it as one step of its own undo history).
 */
import i18next from 'i18next';
import { TextSelection } from '@tiptap/pm/state';
import { compiledGlossary } from '../../core/checks/text-style';
import { suggestToneStyle } from '../../core/review/tone-suggestions';
import { isLockedState } from '../../core/signoff/workflow';
import { findGlossaryVariants, type CompiledGlossary } from '../../core/vi/glossary';
import { convertToneStyle, type ToneStyle } from '../../core/vi/tone-style';
import { currentGlossaryMatches, glossaryMatchAt, type BodyGlossaryMatch } from '../editor/extensions/glossary-highlight';
import { SUGGESTING_BYPASS } from '../editor/extensions/suggest-changes';
import { addEditorMenuItems } from '../review/editor-context-menu';
import { withAuthorName } from '../review/ask-name';
import { currentAuthor } from './review-author';
import { currentEditor, documentStore, updateMeta, type ReleaseMeta } from './document-store';
import { fieldEdited, type SheetFieldKey } from './field-history';
import { uiStore } from './ui-store';
import { contextMenuPosition } from '../editor/extensions/selection-sync';

/** The organisation's preferred tone style (Settings), traditional until settings arrive. */
export function preferredToneStyle(): ToneStyle {
  return uiStore.get().settings?.organisation.preferredToneStyle ?? 'traditional';
}

/** The compiled glossary in the preferred style, or null when the organisation has none. */
export function currentGlossary(): CompiledGlossary | null {
  const entries = uiStore.get().settings?.organisation.glossary ?? [];
  return entries.length === 0 ? null : compiledGlossary(entries, preferredToneStyle());
}

const locked = (): boolean => isLockedState(documentStore.get().meta.workflow.state);

let pushed: { editor: unknown; glossary: CompiledGlossary | null; language: string } | null = null;

/** Gives the body editor the current glossary and language when either (or the editor) changed. */
export function syncGlossary(): void {
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed) return;
  const glossary = currentGlossary();
  const language = documentStore.get().meta.language;
  if (pushed !== null && pushed.editor === editor && pushed.glossary === glossary && pushed.language === language) return;
  pushed = { editor, glossary, language };
  editor.commands.setGlossary(glossary, language);
}

/** Fields the glossary and the tone style read and rewrite, with their texts. */
type TextField = SheetFieldKey | 'leadPhoto' | 'boilerplate' | 'notice.summary';
const FIELDS: readonly TextField[] = ['headline', 'subhead', 'sapo', 'leadPhoto', 'boilerplate', 'notice.summary'];

function fieldValue(meta: ReleaseMeta, field: TextField): string {
  if (field === 'leadPhoto') return meta.leadPhoto?.caption ?? '';
  return field === 'notice.summary' ? meta.notice.summary : meta[field];
}

/** Writes a field: the sheet's own fields through their undo history, the others directly. */
function writeField(field: TextField, value: string): void {
  if (field === 'boilerplate') updateMeta((m) => ({ ...m, boilerplate: value }));
  else if (field === 'leadPhoto') updateMeta((m) => (m.leadPhoto ? { ...m, leadPhoto: { ...m.leadPhoto, caption: value } } : m));
  else if (field === 'notice.summary') updateMeta((m) => ({ ...m, notice: { ...m.notice, summary: value } }));
  else fieldEdited(field, value, value.length);
}

/** `text` with each match replaced (last to first, so earlier offsets hold). */
function replaced(text: string, matches: readonly { from: number; to: number; canonical: string }[]): string {
  let out = text;
  for (const m of [...matches].reverse()) out = out.slice(0, m.from) + m.canonical + out.slice(m.to);
  return out;
}

/**
 * Fixes every glossary variant (or only those written `found` to become `canonical`): the body in
 * one transaction (one undo step; a suggestion in Suggesting mode), each field in its own.
 * Returns how many places were fixed.
 */
export function fixGlossaryVariants(only?: { found: string; canonical: string }): number {
  const glossary = currentGlossary();
  if (glossary === null || locked()) return 0;
  const which = (m: { found: string; canonical: string }): boolean => only === undefined || (m.found === only.found && m.canonical === only.canonical);
  const meta = documentStore.get().meta;
  let count = 0;
  for (const field of FIELDS) {
    const value = fieldValue(meta, field);
    const matches = findGlossaryVariants(value, glossary, meta.language).filter(which);
    if (matches.length === 0) continue;
    writeField(field, replaced(value, matches));
    count += matches.length;
  }
  const editor = currentEditor();
  if (editor !== null && !editor.isDestroyed) {
    syncGlossary();
    const inBody = currentGlossaryMatches(editor.state).filter(which).length;
    if (inBody > 0 && editor.commands.fixAllGlossaryVariants((m: BodyGlossaryMatch) => which(m))) count += inBody;
  }
  return count;
}

/** The body's context menu: "Sửa thành «…»" on a flagged name (where the right-click was, else at the caret). */
export function startHouseStyleMenu(): () => void {
  return addEditorMenuItems((editor) => {
    const pos = contextMenuPosition(editor.view);
    const match = glossaryMatchAt(editor.state, pos);
    if (match === null) return [];
    return [
      {
        id: 'glossary-fix',
        label: i18next.t('houseStyle.fixTo', { canonical: match.canonical }),
        enabled: editor.isEditable,
        run: () => {
          if (!editor.chain().focus().fixGlossaryVariant(match.from, match.to).run()) return;
          // The caret after the corrected name, as after typing it.
          const end = Math.min(editor.state.doc.content.size, editor.state.selection.to);
          editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(end))));
        },
      },
    ];
    // First, as a spelling suggestion is: the fix is what a right-click on a flagged name is for.
  }, { first: true });
}

/** The fields' and body's words in the other style, rewritten: fields directly, the body as suggestions. */
function normaliseNow(style: ToneStyle): number {
  const meta = documentStore.get().meta;
  let count = 0;
  for (const field of FIELDS) {
    const value = fieldValue(meta, field);
    const next = convertToneStyle(value, style);
    if (next === value) continue;
    writeField(field, next);
    count++;
  }
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed) return count;
  const tr = editor.state.tr;
  const suggested = suggestToneStyle(editor.state.doc, tr, style, {
    author: currentAuthor(),
    at: new Date().toISOString(),
    newId: () => `s${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`,
  });
  if (suggested > 0) editor.view.dispatch(tr.setMeta(SUGGESTING_BYPASS, true).scrollIntoView());
  return count + suggested;
}

/**
 * "Chuẩn hóa kiểu bỏ dấu": to the organisation's preferred style. Suggestions carry a name, so a
 * profile without one is asked first (as for the first comment); nothing happens on Cancel.
 */
export function normaliseToneStyle(style: ToneStyle = preferredToneStyle()): void {
  if (locked()) return;
  withAuthorName(() => {
    normaliseNow(style);
  });
}
