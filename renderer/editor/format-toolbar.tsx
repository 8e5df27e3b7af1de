/**
 * Text style, lists, quote, link, undo/redo. Active states come from one useEditorState selector,
 * so the toolbar re-renders only when a button's state actually changes, not per keystroke.
 */
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { focusedFieldStore, redoField, undoField } from '../app/field-history';
import { useLocked } from '../app/signoff';
import { useStore } from '../lib/store';
import { askLink } from '../app/ui-store';
import { insertPhotoFromDialog } from './insert-photo';
import { openLegacyConvert } from './legacy-convert-dialog';
import { editFootnote } from './footnote-commands';
import { TableMenu } from './table-menu';
import { startComment } from '../review/comment-commands';
import { COMMENT_SHORTCUT } from '../review/comments-column';
import { addEditorMenuItems, type EditorMenuItem } from '../review/editor-context-menu';
import { isSuggesting, suggestionAt } from './extensions/suggest-changes';

interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  subscript: boolean;
  superscript: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
  suggesting: boolean;
  /** The suggestion the caret is in ('' if none): Accept and Reject act on it. */
  suggestionHere: string;
}

const select = ({ editor }: { editor: Editor }): FormatState => ({
  bold: editor.isActive('bold'),
  italic: editor.isActive('italic'),
  underline: editor.isActive('underline'),
  strike: editor.isActive('strike'),
  subscript: editor.isActive('subscript'),
  superscript: editor.isActive('superscript'),
  h2: editor.isActive('heading', { level: 2 }),
  h3: editor.isActive('heading', { level: 3 }),
  bulletList: editor.isActive('bulletList'),
  orderedList: editor.isActive('orderedList'),
  blockquote: editor.isActive('blockquote'),
  link: editor.isActive('link'),
  // The history's depth, not editor.can(): can() builds a command chain on every transaction.
  canUndo: undoDepth(editor.state) > 0,
  canRedo: redoDepth(editor.state) > 0,
  suggesting: isSuggesting(editor.state),
  suggestionHere: suggestionAt(editor.state) ?? '',
});

const shallowEqual = (a: FormatState, b: FormatState | null): boolean =>
  b !== null && (Object.keys(a) as (keyof FormatState)[]).every((k) => a[k] === b[k]);

function PhotoIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3" width="13" height="10" rx="1.5" />
      <circle cx="5.5" cy="6.5" r="1.2" />
      <path d="M2 12l4-3.5 3 2.5 2-1.5 3 2.5" />
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" aria-hidden="true" focusable="false">
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8" />
      <path d="M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
    </svg>
  );
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const keys = (combo: string): string => combo.replace('Mod', isMac ? '⌘' : 'Ctrl');

async function editLink(editor: Editor): Promise<void> {
  const current = editor.getAttributes('link')['href'];
  const answer = await askLink(typeof current === 'string' ? current : '');
  const chain = editor.chain().focus();
  if (answer === 'cancel') chain.run();
  else if (answer === 'remove') chain.extendMarkRange('link').unsetLink().run();
  else chain.applyLink(answer.href).run();
}

export function FormatToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: select, equalityFn: shallowEqual });
  // An approved release is locked (commands would still change a non-editable editor).
  const locked = useLocked();
  // In the headline, subhead or sapo nothing of the body's formatting is active (its selection
  // only waits there), and undo/redo act on that field.
  const inField = useStore(focusedFieldStore, (s) => s.field);
  const fieldCanUndo = useStore(focusedFieldStore, (s) => s.canUndo);
  const fieldCanRedo = useStore(focusedFieldStore, (s) => s.canRedo);
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => {
    command(editor.chain().focus()).run();
  };
  // The body's context menu: Suggesting on/off, and Accept/Reject for the suggestion under the caret.
  useEffect(
    () =>
      addEditorMenuItems((ed) => {
        const here = suggestionAt(ed.state);
        const items: EditorMenuItem[] = [
          {
            id: 'suggesting',
            label: isSuggesting(ed.state) ? t('suggest.turnOff') : t('suggest.turnOn'),
            shortcut: keys('Mod+Shift+E'),
            enabled: ed.isEditable,
            run: () => ed.chain().focus().toggleSuggesting().run(),
          },
        ];
        if (here !== null) {
          items.push(
            { id: 'suggestion-accept', label: t('suggest.acceptHere'), enabled: ed.isEditable, run: () => ed.chain().focus().acceptSuggestion(here).run() },
            { id: 'suggestion-reject', label: t('suggest.rejectHere'), enabled: ed.isEditable, run: () => ed.chain().focus().rejectSuggestion(here).run() },
          );
        }
        return items;
      }),
    [editor, t],
  );

  // Ctrl/Cmd+K in the body: the link dialog for the selection (Word's and the browsers' key).
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'k') return;
      e.preventDefault();
      if (editor.isEditable) void editLink(editor);
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  const toggles = [
    { id: 'bold', label: t('format.bold'), glyph: 'B', shortcut: 'Mod+B', pressed: state.bold, onClick: run((c) => c.toggleBold()) },
    { id: 'italic', label: t('format.italic'), glyph: 'I', shortcut: 'Mod+I', pressed: state.italic, onClick: run((c) => c.toggleItalic()) },
    { id: 'underline', label: t('format.underline'), glyph: 'U', shortcut: 'Mod+U', pressed: state.underline, onClick: run((c) => c.toggleUnderline()) },
    // Google Docs' key for strike (Word has none; Mod+Shift+S is Save As); Word's for sub/superscript.
    { id: 'strike', label: t('format.strike'), glyph: <s>S</s>, shortcut: isMac ? '⌥⇧5' : 'Alt+Shift+5', pressed: state.strike, onClick: run((c) => c.toggleStrike()) },
    { id: 'subscript', label: t('format.subscript'), glyph: <>X<sub>2</sub></>, shortcut: 'Mod+=', pressed: state.subscript, onClick: run((c) => c.toggleSubscript()) },
    { id: 'superscript', label: t('format.superscript'), glyph: <>X<sup>2</sup></>, shortcut: 'Mod+Shift+=', pressed: state.superscript, onClick: run((c) => c.toggleSuperscript()) },
    { id: 'h2', label: t('format.heading2'), glyph: 'H2', shortcut: 'Mod+Alt+2', pressed: state.h2, onClick: run((c) => c.toggleHeading({ level: 2 })) },
    { id: 'h3', label: t('format.heading3'), glyph: 'H3', shortcut: 'Mod+Alt+3', pressed: state.h3, onClick: run((c) => c.toggleHeading({ level: 3 })) },
    { id: 'bullet', label: t('format.bulletList'), glyph: '•', shortcut: 'Mod+Shift+8', pressed: state.bulletList, onClick: run((c) => c.toggleBulletList()) },
    { id: 'ordered', label: t('format.orderedList'), glyph: '1.', shortcut: 'Mod+Shift+7', pressed: state.orderedList, onClick: run((c) => c.toggleOrderedList()) },
    { id: 'quote', label: t('format.quote'), glyph: '❝', shortcut: 'Mod+Shift+B', pressed: state.blockquote, onClick: run((c) => c.toggleBlockquote()) },
    { id: 'link', label: t('format.link'), glyph: <LinkIcon />, shortcut: 'Mod+K', pressed: state.link, onClick: () => void editLink(editor) },
  ];
  const photo = { id: 'photo', label: t('figure.insert'), glyph: <PhotoIcon /> };
  const history = [
    inField === null
      ? { id: 'undo', label: t('format.undo'), glyph: '↶', shortcut: 'Mod+Z', enabled: state.canUndo, onClick: run((c) => c.undo()) }
      : { id: 'undo', label: t('format.undo'), glyph: '↶', shortcut: 'Mod+Z', enabled: fieldCanUndo, onClick: () => undoField(inField) },
    inField === null
      ? { id: 'redo', label: t('format.redo'), glyph: '↷', shortcut: 'Mod+Y', enabled: state.canRedo, onClick: run((c) => c.redo()) }
      : { id: 'redo', label: t('format.redo'), glyph: '↷', shortcut: 'Mod+Y', enabled: fieldCanRedo, onClick: () => redoField(inField) },
  ];

  return (
    <div role="toolbar" aria-label={t('format.toolbar')} className="toolbar format-toolbar">
      {toggles.map((b) => (
        <button
          key={b.id}
          type="button"
          className={`tool tool-${b.id}`}
          aria-label={b.label}
          aria-pressed={inField === null && b.pressed}
          title={b.shortcut === '' ? b.label : `${b.label} (${keys(b.shortcut)})`}
          disabled={locked}
          onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
          onClick={b.onClick}
        >
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
      <button
        type="button"
        className="tool tool-footnote"
        aria-label={t('format.footnote')}
        title={`${t('format.footnote')} (${isMac ? '⌃⌥F' : 'Ctrl+Alt+F'})`}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
        onClick={() => void editFootnote(editor, null)}
      >
        <span aria-hidden="true">
          ab<sup>1</sup>
        </span>
      </button>
      <button
        type="button"
        className={`tool tool-${photo.id}`}
        aria-label={photo.label}
        title={photo.label}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void insertPhotoFromDialog(editor)}
      >
        <span aria-hidden="true">{photo.glyph}</span>
      </button>
      <TableMenu editor={editor} locked={locked} />
      <button
        type="button"
        className="tool tool-comment"
        title={`${t('comments.addHint')} (${COMMENT_SHORTCUT})`}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
        onClick={() => startComment(editor)}
      >
        {t('comments.add')}
      </button>
      <button
        type="button"
        className="tool tool-legacy"
        title={t('legacy.command')}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
        onClick={() => openLegacyConvert(editor)}
      >
        {t('legacy.toolbar')}
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <button
        type="button"
        className="tool tool-suggesting"
        aria-pressed={state.suggesting}
        title={`${t('suggest.modeHint')} (${keys('Mod+Shift+E')})`}
        disabled={locked}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run((c) => c.toggleSuggesting())}
      >
        {t('suggest.mode')}
      </button>
      {state.suggestionHere !== '' && (
        <>
          <button type="button" className="tool tool-accept" disabled={locked} onMouseDown={(e) => e.preventDefault()} onClick={run((c) => c.acceptSuggestion(state.suggestionHere))}>
            {t('suggest.accept')}
          </button>
          <button type="button" className="tool tool-reject" disabled={locked} onMouseDown={(e) => e.preventDefault()} onClick={run((c) => c.rejectSuggestion(state.suggestionHere))}>
            {t('suggest.reject')}
          </button>
        </>
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      {history.map((b) => (
        <button
          key={b.id}
          type="button"
          className="tool"
          aria-label={b.label}
          title={`${b.label} (${keys(b.shortcut)})`}
          disabled={locked || !b.enabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.onClick}
        >
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
    </div>
  );
}
