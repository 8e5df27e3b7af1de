/**
 * The body editor's own context menu (right-click, or the Menu key / Shift+F10 in the body): one
 * component with a list of items, which features add to with addEditorMenuItems (comments here;
 * suggestions and later issues theirs). The browser's menu stays for the other fields.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { isMenuKey, syncSelectionFromDom } from '../editor/extensions/selection-sync';

export interface EditorMenuItem {
  id: string;
  label: string;
  /** Shown beside the label, e.g. "Ctrl+Alt+M". */
  shortcut?: string;
  enabled: boolean;
  run: () => void;
  /** A line after this item: the end of a group (spelling's items before the others'). */
  separatorAfter?: boolean;
}

type ItemSource = (editor: Editor) => EditorMenuItem[];
const sources = new Set<ItemSource>();
/** Sources whose items come before all others' (spelling suggestions, as in Word). */
const firstSources = new Set<ItemSource>();
const refreshers = new Set<() => void>();

/** Adds a source of items (asked each time the menu opens); returns its removal. */
export function addEditorMenuItems(source: ItemSource, options: { first?: boolean } = {}): () => void {
  const set = options.first === true ? firstSources : sources;
  set.add(source);
  return () => set.delete(source);
}

/** Asks the sources again for the open menu (an item's content came late, e.g. spelling suggestions). */
export function refreshEditorMenu(): void {
  refreshers.forEach((r) => r());
}

const itemsFor = (editor: Editor): EditorMenuItem[] => [...firstSources, ...sources].flatMap((source) => source(editor));

interface Open {
  x: number;
  y: number;
  items: EditorMenuItem[];
}

export function EditorContextMenu({ editor, label }: { editor: Editor; label: string }) {
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dom = editor.view.dom;
    const show = (x: number, y: number): void => {
      // Normally done already by SelectionSync (ProseMirror's listeners come first); the items must
      // see the selection the user made, not one ProseMirror has not been told about yet.
      syncSelectionFromDom(editor.view);
      const items = itemsFor(editor);
      if (items.length > 0) setOpen({ x, y, items });
    };
    const onContextMenu = (event: MouseEvent): void => {
      event.preventDefault();
      show(event.clientX, event.clientY);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!isMenuKey(event)) return;
      event.preventDefault();
      const at = editor.view.coordsAtPos(editor.state.selection.head);
      show(at.left, at.bottom);
    };
    dom.addEventListener('contextmenu', onContextMenu);
    dom.addEventListener('keydown', onKey);
    return () => {
      dom.removeEventListener('contextmenu', onContextMenu);
      dom.removeEventListener('keydown', onKey);
    };
  }, [editor]);

  useEffect(() => {
    const refresh = (): void => setOpen((o) => (o === null ? o : { ...o, items: itemsFor(editor) }));
    refreshers.add(refresh);
    return () => {
      refreshers.delete(refresh);
    };
  }, [editor]);

  // Placed where the click was, kept inside the window (CSSOM: the CSP allows no style attributes).
  useLayoutEffect(() => {
    const el = menu.current;
    if (open === null || el === null) return;
    el.style.left = `${Math.max(0, Math.min(open.x, window.innerWidth - el.offsetWidth - 4))}px`;
    el.style.top = `${Math.max(0, Math.min(open.y, window.innerHeight - el.offsetHeight - 4))}px`;
  }, [open]);

  useEffect(() => {
    if (open === null) return;
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.type === 'mousedown' && menu.current?.contains(event.target as Node)) return;
      setOpen(null);
      if (event instanceof KeyboardEvent) editor.commands.focus();
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', close, true);
      window.removeEventListener('resize', close);
    };
  }, [open, editor]);

  if (open === null) return null;
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  };
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="editor-context-menu"
      onKeyDown={onKeyDown}
    >
      {open.items.map((item) => [
        <button
          key={item.id}
          type="button"
          role="menuitem"
          disabled={!item.enabled}
          onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
          onClick={() => {
            setOpen(null);
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut !== undefined && <kbd>{item.shortcut}</kbd>}
        </button>,
        item.separatorAfter === true ? <div key={`${item.id}-separator`} role="separator" className="menu-separator" /> : null,
      ])}
    </div>
  );
}
