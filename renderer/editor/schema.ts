/**
 * The body editor's extension list. Node and mark names must be exactly those of
 * core/document/schema-names.ts — files are validated against that list — so anything StarterKit
 * offers beyond it (code, code blocks, strike, rules) is switched off from the same list. The
 * schema these extensions make must equal core's body schema (core/document/body-schema.ts),
 * which every file is checked against: schema.test.ts compares the two.
 */
import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { HEADING_LEVELS } from '../../core/document/body-schema';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from '../../core/document/schema-names';
import { CaretBlock } from './extensions/caret-block';
import { CommentMark } from './extensions/comment-mark';
import { DeletionMark } from './extensions/deletion-mark';
import { Figure, type FigureOptions } from './extensions/figure';
import { FindHighlight } from './extensions/find-highlight';
import { GlossaryHighlight } from './extensions/glossary-highlight';
import { Footnote } from './extensions/footnote';
import { InsertionMark } from './extensions/insertion-mark';
import { NfcNormalize } from './extensions/nfc-normalize';
import { SafeOrderedList } from './extensions/ordered-list';
import { SafeLink } from './extensions/safe-link';
import { StrikeMark } from './extensions/strike-mark';
import { SubscriptMark } from './extensions/subscript-mark';
import { SuperscriptMark } from './extensions/superscript-mark';
import { SuggestChanges, type SuggestChangesOptions } from './extensions/suggest-changes';
import { PressTable, PressTableRow, type PressTableOptions } from './extensions/table';
import { PressTableCell, PressTableHeader } from './extensions/table-cell';

const ALLOWED = new Set<string>([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES, ...MARK_NAMES]);

/** StarterKit's options for an extension: its defaults when the schema names allow it, else off. */
const onlyIfAllowed = (name: string): Record<string, never> | false => (ALLOWED.has(name) ? {} : false);


/** The figure's node view and hooks come from the app; without them (tests, headless) it renders plain HTML. */
export function buildExtensions(
  figure: Partial<FigureOptions> = {},
  suggest: Partial<SuggestChangesOptions> = {},
  table: Partial<PressTableOptions> = {},
): AnyExtension[] {
  return [
    StarterKit.configure({
      code: onlyIfAllowed('code'),
      codeBlock: onlyIfAllowed('codeBlock'),
      // Our own file (strike-mark.ts): StarterKit's takes Mod-Shift-S, which is Save As here.
      strike: false,
      horizontalRule: onlyIfAllowed('horizontalRule'),
      heading: { levels: [...HEADING_LEVELS] },
      // Its own file: `start` is always a whole number, as core's schema requires.
      orderedList: false,
      // Configured in its own file with the safe-scheme allow-list.
      link: false,
      // It appends a paragraph on any transaction, even a click, which would mark a file unsaved.
      trailingNode: false,
    }),
    SafeOrderedList,
    SafeLink,
    Figure.configure(figure),
    NfcNormalize,
    CaretBlock,
    SuggestChanges.configure(suggest),
    CommentMark,
    InsertionMark,
    DeletionMark,
    FindHighlight,
    GlossaryHighlight,
    StrikeMark,
    SubscriptMark,
    SuperscriptMark,
    Footnote,
    PressTable.configure(table),
    PressTableRow,
    PressTableHeader,
    PressTableCell,
  ];
}
