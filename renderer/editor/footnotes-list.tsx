/**
 * The notes under the page (issue 10), numbered as every export numbers them, so the writer sees
 * what the foot of a Word page will carry. Re-read only when a transaction may have touched a note
 * (the footnote extension's version), never per keystroke elsewhere. A click edits the note.
 */
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { footnotesVersion } from './extensions/footnote';
import { editFootnote, footnoteEntries, installFootnoteEditing, type FootnoteEntry } from './footnote-commands';

export function FootnotesList({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<FootnoteEntry[]>(() => footnoteEntries(editor.state.doc));

  useEffect(() => installFootnoteEditing(editor), [editor]);

  useEffect(() => {
    let version = footnotesVersion(editor.state);
    setNotes(footnoteEntries(editor.state.doc));
    const onTransaction = (): void => {
      const next = footnotesVersion(editor.state);
      // setContent (opening a file) replaces the whole doc: its step touches every note, so it moves the version too.
      if (next === version) return;
      version = next;
      setNotes(footnoteEntries(editor.state.doc));
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);

  if (notes.length === 0) return null;
  // Positions shift as text is typed before a note: find the note by its number when it is clicked.
  const edit = (index: number): void => {
    const entry = footnoteEntries(editor.state.doc)[index];
    if (entry !== undefined) void editFootnote(editor, entry.pos);
  };
  return (
    <section className="sheet-footnotes" aria-label={t('footnote.listTitle')} data-testid="footnotes-list">
      <ol>
        {notes.map((note, i) => (
          <li key={i} className={note.suggestion === null ? undefined : `footnote-${note.suggestion}`}>
            <button type="button" className="footnote-item" title={t('footnote.edit', { n: i + 1 })} disabled={!editor.isEditable} onClick={() => edit(i)}>
              {note.text === '' ? t('footnote.empty') : note.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
