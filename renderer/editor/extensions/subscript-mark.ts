/**
 * Subscript (issue 10): the `subscript` mark of core's body schema (CO₂). It and superscript
 * exclude each other, so setting one removes the other, as in Word. Ctrl+= is Word's key;
 * Ctrl+, (Google Docs') works too.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    subscript: {
      /** Make the selection subscript (and no longer superscript). */
      setSubscript: () => ReturnType;
      toggleSubscript: () => ReturnType;
      unsetSubscript: () => ReturnType;
    };
  }
}

/// The `subscript` mark: no attributes; excludes superscript.
export const SubscriptMark = Mark.create({
  name: 'subscript',
  excludes: 'subscript superscript',

  parseHTML() {
    return [{ tag: 'sub' }, { style: 'vertical-align', consuming: false, getAttrs: (value: string) => (value === 'sub' ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sub', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      // TipTap's setMark answers false where an excluding mark (superscript) is on the text, after
      // replacing it all the same; a false answer would let the key fall through to another binding.
      setSubscript:
        () =>
        ({ commands }) => {
          commands.setMark(this.name);
          return true;
        },
      toggleSubscript:
        () =>
        ({ editor, commands }) => {
          if (editor.isActive(this.name)) return commands.unsetMark(this.name);
          commands.setMark(this.name);
          return true;
        },
      unsetSubscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-=': () => this.editor.commands.toggleSubscript(),
      'Mod-,': () => this.editor.commands.toggleSubscript(),
    };
  },
});
