/**
 * Find and replace (issue 10): a bar above the page, not a modal, over the headline, subhead (when
 * shown), sapo and body (captions included), in reading order. Ctrl/Cmd+F opens it, Ctrl/Cmd+H
 * with the replace row; Enter / Shift+Enter and F3 / Shift+F3 go to the next / previous match;
 * Esc closes it and gives focus back to where it was. The body's matches are the find-highlight
 * extension's decorations; the fields are plain text areas, so the current match there is selected
 * and the field outlined. Replace all is one undo step in the body and one in each field changed.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { findIn, prepareQuery, replaceIn, type FindOptions, type PreparedQuery, type TextMatch } from '../../core/vi/find';
import { toNfc } from '../../core/vi/nfc';
import { documentStore } from '../app/document-store';
import { fieldEdited } from '../app/field-history';
import { useLocked } from '../app/signoff';
import { uiStore } from '../app/ui-store';
import { currentFind, findKey } from '../editor/extensions/find-highlight';
import { createStore, useStore } from '../lib/store';
import { formatCount } from '../lib/number-format';
// The bar's rules and the matches' colours on the page.
import '../styles/find.css';

type FieldKey = 'headline' | 'subhead' | 'sapo';
interface FieldMatch extends TextMatch {
  field: FieldKey;
}

/** Whether the bar is open, with the replace row, and a tick that asks it to take focus again. */
export const findBarStore = createStore({ open: false, replace: false, tick: 0 });

export function openFindBar(replace: boolean): void {
  const s = findBarStore.get();
  findBarStore.set({ open: true, replace: replace || (s.open && s.replace), tick: s.tick + 1 });
}

/** The sheet's fields in reading order; the subhead only where the sheet shows it. */
function fieldMatches(query: PreparedQuery | null): FieldMatch[] {
  if (query === null) return [];
  const { meta } = documentStore.get();
  const fields: FieldKey[] = meta.kind === 'press' || meta.subhead !== '' ? ['headline', 'subhead', 'sapo'] : ['headline', 'sapo'];
  return fields.flatMap((field) => findIn(meta[field], query).map((m) => ({ field, ...m })));
}

const fieldElement = (field: FieldKey): HTMLTextAreaElement | null => document.querySelector<HTMLTextAreaElement>(`textarea[data-field="${field}"]`);

function markField(match: FieldMatch | null): void {
  for (const el of document.querySelectorAll('[data-find-current]')) el.removeAttribute('data-find-current');
  if (match === null) return;
  const el = fieldElement(match.field);
  if (el === null) return;
  el.setAttribute('data-find-current', '');
  el.setSelectionRange(match.from, match.to);
  el.scrollIntoView({ block: 'nearest' });
}

/** Body sizes (in positions) above which the query is re-found after a pause in typing it. */
const LARGE_BODY = 20_000;

export function FindBar({ editor }: { editor: Editor }) {
  const { t, i18n } = useTranslation();
  const { open, replace, tick } = useStore(findBarStore, (s) => s);
  const locked = useLocked();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false, ignoreTones: false });
  const [prepared, setPrepared] = useState<PreparedQuery | null>(null);
  const [current, setCurrent] = useState(-1);
  const [message, setMessage] = useState('');
  const [bodyCount, setBodyCount] = useState(0);
  const queryRef = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const optionsId = useId();
  // Re-render when a field's text changes, so its matches are counted again.
  useStore(documentStore, (s) => `${s.meta.headline}\u0000${s.meta.subhead}\u0000${s.meta.sapo}`);
  const fields = fieldMatches(prepared);
  const total = fields.length + bodyCount;

  // Focus the query on every Ctrl+F / Ctrl+H, remembering where to come back to.
  useEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('.find-bar')) returnTo.current = active;
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [open, tick]);

  // The query is prepared (and the body searched) at once on a short body, after a pause on a long one.
  useEffect(() => {
    const next = open ? prepareQuery(query, options) : null;
    const wait = editor.state.doc.content.size > LARGE_BODY ? 150 : 0;
    const timer = setTimeout(() => setPrepared(next), wait);
    return () => clearTimeout(timer);
  }, [open, query, options, editor]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.commands.setFindQuery(prepared);
    setCurrent(-1);
    setMessage('');
    markField(null);
  }, [prepared, editor]);

  // The body's match count follows its edits (the plugin re-finds them as typing pauses).
  useEffect(() => {
    const read = (): void => setBodyCount(findKey.getState(editor.state)?.matches.length ?? 0);
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [editor]);

  const show = (index: number): void => {
    const inFields = fieldMatches(prepared);
    const count = inFields.length + currentFind(editor.state).matches.length;
    if (count === 0) {
      setCurrent(-1);
      return;
    }
    const at = ((index % count) + count) % count;
    if (at < inFields.length) {
      editor.commands.clearFindCurrent();
      markField(inFields[at]!);
    } else {
      markField(null);
      editor.commands.goToFindMatch(at - inFields.length);
    }
    setCurrent(at);
  };

  const close = (): void => {
    findBarStore.set({ ...findBarStore.get(), open: false });
    markField(null);
    const back = returnTo.current;
    if (back !== null && back.isConnected && !back.closest('.find-bar')) back.focus();
    else editor.commands.focus();
  };

  const replaceOne = (): void => {
    if (locked || current < 0) return;
    const text = toNfc(replacement);
    const inFields = fieldMatches(prepared);
    const m = inFields[current];
    if (m !== undefined) {
      const value = documentStore.get().meta[m.field];
      fieldEdited(m.field, replaceIn(value, [m], text), m.from + text.length);
    } else {
      editor.commands.replaceFindMatch(text);
    }
    // The same index is now the next match (the replaced one no longer matches).
    show(current);
  };

  const replaceAll = (): void => {
    if (locked) return;
    const text = toNfc(replacement);
    let count = currentFind(editor.state).matches.length;
    editor.commands.replaceAllFindMatches(text);
    const inFields = fieldMatches(prepared);
    for (const field of ['headline', 'subhead', 'sapo'] as const) {
      const matches = inFields.filter((m) => m.field === field);
      if (matches.length === 0) continue;
      count += matches.length;
      const value = documentStore.get().meta[field];
      fieldEdited(field, replaceIn(value, matches, text), value.length);
    }
    markField(null);
    setCurrent(-1);
    setMessage(t('find.replaced', { count, formatted: formatCount(count, i18n.language) }));
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && (e.target as HTMLElement).dataset['findQuery'] !== undefined) {
      e.preventDefault();
      show(e.shiftKey ? current - 1 : current + 1);
    } else if (e.key === 'Enter' && (e.target as HTMLElement).dataset['findReplace'] !== undefined) {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) replaceAll();
      else replaceOne();
    }
  };

  // Ctrl/Cmd+F and Ctrl/Cmd+H anywhere in the window, unless a dialog is asking something.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const which = findShortcut(e);
      // A key the body already used is not ours: Ctrl+Alt+F there inserts a footnote (Word's key).
      if (which === null || e.defaultPrevented || uiStore.get().question !== null) return;
      e.preventDefault();
      openFindBar(which === 'replace');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // F3 / Shift+F3 anywhere while the bar is open (Word's and the browsers' key).
  const step = useRef(show);
  step.current = show;
  const at = useRef(current);
  at.current = current;
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'F3') {
        e.preventDefault();
        step.current(e.shiftKey ? at.current - 1 : at.current + 1);
        return;
      }
      // Esc with focus nowhere (a button that just got disabled drops it) still closes the bar.
      const active = document.activeElement;
      if (e.key === 'Escape' && (active === null || active === document.body) && uiStore.get().question === null) {
        e.preventDefault();
        closeRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;
  const option = (key: keyof FindOptions, label: string) => (
    <label className="find-option">
      <input type="checkbox" checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} data-testid={`find-${key}`} />
      {label}
    </label>
  );
  const status = prepared === null ? '' : total === 0 ? t('find.none') : t('find.count', { current: current < 0 ? 0 : current + 1, total: formatCount(total, i18n.language) });
  return (
    <div className="find-bar" role="search" aria-label={t('find.region')} onKeyDown={onKeyDown} data-testid="find-bar">
      <div className="find-row">
        <input
          ref={queryRef}
          type="search"
          className="find-query"
          value={query}
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          aria-describedby={optionsId}
          spellCheck={false}
          data-find-query=""
          data-testid="find-query"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="find-count" role="status" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="tool" onClick={() => show(current - 1)} disabled={total === 0} aria-label={t('find.previous')} title={t('find.previous')}>
          ↑
        </button>
        <button type="button" className="tool" onClick={() => show(current + 1)} disabled={total === 0} aria-label={t('find.next')} title={t('find.next')}>
          ↓
        </button>
        <span className="find-options" id={optionsId}>
          {option('matchCase', t('find.matchCase'))}
          {option('wholeWord', t('find.wholeWord'))}
          {option('ignoreTones', t('find.ignoreTones'))}
        </span>
        {!replace && (
          <button type="button" className="tool" onClick={() => openFindBar(true)}>
            {t('find.showReplace')}
          </button>
        )}
        <button type="button" className="tool find-close" onClick={close} aria-label={t('find.close')} title={t('find.close')}>
          ×
        </button>
      </div>
      {replace && (
        <div className="find-row">
          <input
            type="text"
            className="find-query"
            value={replacement}
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            spellCheck={false}
            readOnly={locked}
            data-find-replace=""
            data-testid="find-replacement"
            onChange={(e) => setReplacement(e.target.value)}
          />
          <button type="button" className="tool" onClick={replaceOne} disabled={locked || current < 0} title={locked ? t('find.locked') : undefined}>
            {t('find.replace')}
          </button>
          <button type="button" className="tool" onClick={replaceAll} disabled={locked || total === 0} title={locked ? t('find.locked') : undefined}>
            {t('find.replaceAll')}
          </button>
          <span className="find-count" role="status" data-testid="find-message">
            {message}
          </span>
        </div>
      )}
    </div>
  );
}

/**
 * Ctrl/Cmd+F finds, Ctrl+H replaces; Ctrl/Cmd+Alt+F replaces too (a Mac's ⌘H hides the app).
 * By the key's place for F (Option+F types ƒ on a Mac), by its letter for H.
 */
export function findShortcut(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key' | 'code'>): 'find' | 'replace' | null {
  if (!(e.ctrlKey || e.metaKey) || e.shiftKey) return null;
  if (e.code === 'KeyF' || e.key.toLowerCase() === 'f') return e.altKey ? 'replace' : 'find';
  if (!e.altKey && e.key.toLowerCase() === 'h') return 'replace';
  return null;
}
