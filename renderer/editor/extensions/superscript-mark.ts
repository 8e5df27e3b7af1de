/**
 * Superscript (issue 10): the `superscript` mark of core's body schema (m², 1st). It and
 * subscript exclude each other, as in Word. Ctrl+Shift+= (Ctrl++) is Word's key; Ctrl+. (Google
 * Docs') works too.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    superscript: {
      /** Make the selection superscript (and no longer subscript). */
      setSuperscript: () => ReturnType;
      toggleSuperscript: () => ReturnType;
      unsetSuperscript: () => ReturnType;
    };
  }
}

/// The `superscript` mark: no attributes; excludes subscript.
export const SuperscriptMark = Mark.create({
  name: 'superscript',
  excludes: 'superscript subscript',

  parseHTML() {
    return [
      // A footnote's number is the footnote node's, never superscript text.
      { tag: 'sup', getAttrs: (el: HTMLElement) => (el.hasAttribute('data-footnote') ? false : null) },
      { style: 'vertical-align', consuming: false, getAttrs: (value: string) => (value === 'super' ? null : false) },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      // TipTap's setMark answers false where an excluding mark (subscript) is on the text, after
      // replacing it all the same; a false answer would let the key fall through to another binding.
      setSuperscript:
        () =>
        ({ commands }) => {
          commands.setMark(this.name);
          return true;
        },
      toggleSuperscript:
        () =>
        ({ editor, commands }) => {
          if (editor.isActive(this.name)) return commands.unsetMark(this.name);
          commands.setMark(this.name);
          return true;
        },
      unsetSuperscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-=': () => this.editor.commands.toggleSuperscript(),
      'Mod-Shift-+': () => this.editor.commands.toggleSuperscript(),
      'Mod-.': () => this.editor.commands.toggleSuperscript(),
    };
  },
});
