/**
 * Text suggested for removal (issue 9, track changes): the `deletion` mark of core's body schema.
 * Schema and rendering only; the text stays in the body until the suggestion is accepted. Shown
 * as `<del class="suggestion-deletion" data-suggestion-id="…">`.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestion-attrs';

/// The `deletion` mark: id, by (key fingerprint), name, initials, at; excludes an insertion; not inclusive.
export const DeletionMark = Mark.create({
  name: 'deletion',
  priority: 1_180,
  inclusive: false,
  excludes: 'deletion insertion',

  addAttributes() {
    return suggestionAttributes();
  },

  parseHTML() {
    return [{ tag: 'del[data-suggestion-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes({ class: 'suggestion-deletion' }, HTMLAttributes), 0];
  },
});
