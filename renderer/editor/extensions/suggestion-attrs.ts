/**
 * The attributes a suggested insertion or deletion carries (core's body schema: id, by, name,
 * initials, at), as `data-suggestion-*` attributes in the editor's DOM. Shared by the two marks.
 */
import type { Attributes } from '@tiptap/core';

const NAMES = ['id', 'by', 'name', 'initials', 'at'] as const;

export function suggestionAttributes(): Attributes {
  return Object.fromEntries(
    NAMES.map((name) => [
      name,
      {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute(`data-suggestion-${name}`) ?? '',
        renderHTML: (attrs: Record<string, unknown>) => ({ [`data-suggestion-${name}`]: String(attrs[name] ?? '') }),
      },
    ]),
  );
}
