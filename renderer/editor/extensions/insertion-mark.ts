/**
 * Suggested text (issue 9, track changes): the `insertion` mark of core's body schema. Schema and
 * rendering only — the Suggesting mode that creates it lives in its own plugin file. Shown as
 * `<ins class="suggestion-insertion" data-suggestion-id="…">`; a pasted `<ins>` without our
 * attributes stays plain text.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestion-attrs';

/// The `insertion` mark: id, by (key fingerprint), name, initials, at; excludes a deletion; not inclusive.
export const InsertionMark = Mark.create({
  name: 'insertion',
  priority: 1_190,
  inclusive: false,
  excludes: 'insertion deletion',

  addAttributes() {
    return suggestionAttributes();
  },

  parseHTML() {
    return [{ tag: 'ins[data-suggestion-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes({ class: 'suggestion-insertion' }, HTMLAttributes), 0];
  },
});
