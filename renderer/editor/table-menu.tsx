/**
 * Tables from the format toolbar and the body's context menu (issue 10). The toolbar's Table
 * button opens a panel: outside a table, a grid to pick rows × columns with the mouse and a small
 * form for the keyboard (default 3 × 3 with a header row, as Word's Insert Table); inside a table,
 * the operations (rows, columns, merge/split, header row, delete), each enabled only when it can
 * apply. The context menu lists the same operations when the caret is in a table.
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addEditorMenuItems } from '../review/editor-context-menu';

/** The grid the mouse picks from; the form takes up to the schema's limits. */
const GRID = { rows: 8, columns: 8 } as const;
/** What the form accepts: a table to write in, not a spreadsheet (the schema allows 63 columns). */
export const INSERT_LIMITS = { rows: 100, columns: 20 } as const;

type OperationId = 'addRowBefore' | 'addRowAfter' | 'addColumnBefore' | 'addColumnAfter' | 'deleteRow' | 'deleteColumn' | 'mergeCells' | 'splitCell' | 'headerRow' | 'deleteTable';

export interface TableOperation {
  id: string;
  label: string;
  can: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

/** The operations on the table under the caret, in Word's order. */
export function tableOperations(t: TFunction): TableOperation[] {
  const op = (id: OperationId, can: (e: Editor) => boolean, run: (e: Editor) => void): TableOperation => ({ id, label: t(`table.${id}`), can, run });
  return [
    op('addRowBefore', (e) => e.can().addRowBefore(), (e) => e.chain().focus().addRowBefore().run()),
    op('addRowAfter', (e) => e.can().addRowAfter(), (e) => e.chain().focus().addRowAfter().run()),
    op('addColumnBefore', (e) => e.can().addColumnBefore(), (e) => e.chain().focus().addColumnBefore().run()),
    op('addColumnAfter', (e) => e.can().addColumnAfter(), (e) => e.chain().focus().addColumnAfter().run()),
    op('deleteRow', (e) => e.can().deleteRow(), (e) => e.chain().focus().deleteRow().run()),
    op('deleteColumn', (e) => e.can().deleteColumn(), (e) => e.chain().focus().deleteColumn().run()),
    op('mergeCells', (e) => e.can().mergeCells(), (e) => e.chain().focus().mergeCells().run()),
    op('splitCell', (e) => e.can().splitCell(), (e) => e.chain().focus().splitCell().run()),
    op('headerRow', (e) => e.can().toggleHeaderRow(), (e) => e.chain().focus().toggleHeaderRow().run()),
    op('deleteTable', (e) => e.can().deleteTable(), (e) => e.chain().focus().deleteTable().run()),
  ];
}

export function insertTable(editor: Editor, rows: number, columns: number, withHeaderRow: boolean): boolean {
  return editor.chain().focus().insertTable({ rows, cols: columns, withHeaderRow }).run();
}

const clamp = (value: number, max: number): number => Math.min(Math.max(Number.isFinite(value) ? Math.round(value) : 1, 1), max);

function InsertPanel({ editor, close }: { editor: Editor; close: () => void }) {
  const { t } = useTranslation();
  const [hover, setHover] = useState({ rows: 3, columns: 3 });
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [header, setHeader] = useState(true);
  const id = useId();
  const insert = (r: number, c: number): void => {
    close();
    insertTable(editor, clamp(r, INSERT_LIMITS.rows), clamp(c, INSERT_LIMITS.columns), header);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    insert(Number(rows), Number(columns));
  };
  return (
    <div className="table-insert">
      <div className="table-grid" aria-hidden="true" onMouseLeave={() => setHover({ rows: 3, columns: 3 })}>
        {Array.from({ length: GRID.rows }, (_, r) =>
          Array.from({ length: GRID.columns }, (_, c) => (
            <button
              key={`${r}-${c}`}
              type="button"
              tabIndex={-1}
              className={r < hover.rows && c < hover.columns ? 'table-grid-cell table-grid-on' : 'table-grid-cell'}
              onMouseEnter={() => setHover({ rows: r + 1, columns: c + 1 })}
              onClick={() => insert(r + 1, c + 1)}
            />
          )),
        )}
      </div>
      <p className="table-grid-size" aria-hidden="true">{`${hover.rows} × ${hover.columns}`}</p>
      <form className="table-insert-form" onSubmit={submit} aria-label={t('table.insert')}>
        <label htmlFor={`${id}-rows`}>{t('table.rows')}</label>
        <input id={`${id}-rows`} type="number" min={1} max={INSERT_LIMITS.rows} value={rows} onChange={(e) => setRows(e.target.value)} data-testid="table-rows" />
        <label htmlFor={`${id}-columns`}>{t('table.columns')}</label>
        <input id={`${id}-columns`} type="number" min={1} max={INSERT_LIMITS.columns} value={columns} onChange={(e) => setColumns(e.target.value)} data-testid="table-columns" />
        <label className="table-insert-header">
          <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} /> {t('table.headerRowOption')}
        </label>
        <button type="submit" className="primary">
          {t('table.insertButton')}
        </button>
      </form>
    </div>
  );
}

function OperationsPanel({ editor, close }: { editor: Editor; close: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="menu"
      aria-label={t('table.menu')}
      className="table-operations"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        buttons[(at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }}
    >
      {tableOperations(t).map((op) => (
        <button
          key={op.id}
          type="button"
          role="menuitem"
          className={`table-op table-op-${op.id}`}
          disabled={!op.can(editor)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            close();
            op.run(editor);
          }}
        >
          {op.label}
        </button>
      ))}
    </div>
  );
}

function TableIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1" />
      <path d="M1.5 6h13M1.5 9.7h13M6 2.5v11M10.5 2.5v11" />
    </svg>
  );
}

/** The toolbar's Table button and its panel. */
export function TableMenu({ editor, locked }: { editor: Editor; locked: boolean }) {
  const { t } = useTranslation();
  const inTable = useEditorState({ editor, selector: ({ editor: e }) => e.isActive('table') });
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // The context menu's table items while the caret is in a table.
  useEffect(
    () =>
      addEditorMenuItems((ed) =>
        ed.isActive('table') ? tableOperations(t).map((op) => ({ id: `table-${op.id}`, label: op.label, enabled: ed.isEditable && op.can(ed), run: () => op.run(ed) })) : [],
      ),
    [t],
  );

  useEffect(() => {
    if (!open) return undefined;
    root.current?.querySelector<HTMLElement>('.table-operations button:not(:disabled), .table-insert-form input')?.focus();
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
      editor.commands.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, editor]);

  const close = (): void => setOpen(false);
  return (
    <div ref={root} className="menu-root table-menu">
      <button
        type="button"
        className="tool tool-table"
        aria-label={t('table.button')}
        title={inTable ? t('table.menu') : t('table.insert')}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
        onClick={() => setOpen((o) => !o)}
      >
        <TableIcon />
      </button>
      {open && (
        <div id={panelId} className="table-popover" data-testid="table-popover">
          {inTable ? <OperationsPanel editor={editor} close={close} /> : <InsertPanel editor={editor} close={close} />}
        </div>
      )}
    </div>
  );
}
