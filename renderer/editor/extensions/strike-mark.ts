/**
 * Strikethrough (issue 10): the `strike` mark of core's body schema, our own file rather than
 * StarterKit's so its key is free: TipTap's Mod-Shift-S is Save As here. Alt+Shift+5 is Google
 * Docs' key (Word has none by default). Reads <s>, <del> and <strike> and a line-through style,
 * writes <s>.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

// The commands (setStrike, toggleStrike, unsetStrike) are typed by @tiptap/extension-strike,
// which StarterKit's types already bring in; a second declaration of them would clash.

/// The `strike` mark: no attributes.
export const StrikeMark = Mark.create({
  name: 'strike',

  parseHTML() {
    return [
      { tag: 's' },
      // A <del> of a suggestion is the deletion mark's; any other <del> is struck text.
      { tag: 'del', getAttrs: (el: HTMLElement) => (el.hasAttribute('data-suggestion-id') ? false : null) },
      { tag: 'strike' },
      { style: 'text-decoration', consuming: false, getAttrs: (value: string) => (value.includes('line-through') ? null : false) },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['s', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setStrike:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleStrike:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetStrike:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Alt-Shift-5': () => this.editor.commands.toggleStrike() };
  },
});
