/**
 * Links in the body, limited to the targets a release may carry (web, mail, phone — core's
 * `isSafeHref`): pasted `<a href="javascript:…">`, `file:` URLs and the like never become links,
 * so a saved file always passes the release schema. Clicking a link edits text; it never
 * navigates away from the editor.
 */
import { Link } from '@tiptap/extension-link';
import { isSafeHref } from '../../../core/document/schema-names';
import { toNfc } from '../../../core/vi/nfc';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    safeLink: {
      /**
       * Link the selection (or the whole link around the cursor) to `href`. With nothing selected
       * and no link at the cursor, inserts `href` itself as linked text. Refuses unsafe targets.
       */
      applyLink: (href: string) => ReturnType;
    };
  }
}

const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** Whether an autolinked or pasted URL may become a link: with a scheme it must be safe; a bare domain becomes https. */
export function mayAutoLink(url: string): boolean {
  if (hasScheme(url)) return isSafeHref(url);
  const host = url.split(/[/?#:]/)[0] ?? '';
  return host.includes('.') && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host) && isSafeHref(`https://${url}`);
}

/// The `link` mark with PressDesk's allow-list; adds `applyLink` for the link dialog.
export const SafeLink = Link.extend({
  addCommands() {
    return {
      ...this.parent?.(),
      applyLink:
        (href: string) =>
        ({ state, chain }) => {
          const target = toNfc(href.trim());
          if (!isSafeHref(target)) return false;
          const type = state.schema.marks[this.name];
          if (type === undefined) return false;
          const { empty, $from } = state.selection;
          const inLink = type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
          if (empty && !inLink) {
            return chain()
              .insertContent({ type: 'text', text: target, marks: [{ type: this.name, attrs: { href: target } }] })
              .command(({ tr }) => {
                tr.removeStoredMark(type); // what is typed next is not part of the link
                return true;
              })
              .setMeta('preventAutolink', true)
              .run();
          }
          return chain().extendMarkRange(this.name).setLink({ href: target }).run();
        },
    };
  },
}).configure({
  openOnClick: false,
  enableClickSelection: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: [],
  isAllowedUri: (url) => typeof url === 'string' && isSafeHref(url),
  shouldAutoLink: mayAutoLink,
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank', class: null },
});
