/**
 * The marks an element adds to its text: by its name (<b>, <u>, <s>, <sub>, <sup>...), then by its
 * inline style (Google Docs, LibreOffice and web pages style spans instead). Subscript and
 * superscript exclude each other, as in the schema.
 */
import type { Mark } from '../inline';
import type { Element } from './dom';

/** The marks an element adds: by its name, then by its inline style (Google Docs and web pages style spans). */
export function marksOf(el: Element, style: Map<string, string>, marks: readonly Mark[]): Mark[] {
  const out = [...marks];
  const add = (type: Mark['type']): void => {
    if (out.some((m) => m.type === type)) return;
    if (type === 'subscript' || type === 'superscript') {
      const other = type === 'subscript' ? 'superscript' : 'subscript';
      const i = out.findIndex((m) => m.type === other);
      if (i >= 0) out.splice(i, 1);
    }
    out.push({ type });
  };
  const remove = (type: Mark['type']): void => {
    const i = out.findIndex((m) => m.type === type);
    if (i >= 0) out.splice(i, 1);
  };
  const name = el.name;
  const weight = (style.get('font-weight') ?? '').toLowerCase();
  const fontStyle = (style.get('font-style') ?? '').toLowerCase();
  if (name === 'b' || name === 'strong') add('bold');
  if (name === 'i' || name === 'em') add('italic');
  if (name === 'u' || name === 'ins') add('underline');
  if (name === 's' || name === 'strike' || name === 'del') add('strike');
  if (name === 'sub') add('subscript');
  if (name === 'sup') add('superscript');
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: a style that says normal wins.
  if (/^(?:bold|bolder|[6-9]00)$/.test(weight)) add('bold');
  else if (/^(?:normal|lighter|[1-4]00)$/.test(weight)) remove('bold');
  if (/^(?:italic|oblique)/.test(fontStyle)) add('italic');
  else if (fontStyle === 'normal') remove('italic');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`.toLowerCase();
  if (decoration.includes('underline')) add('underline');
  if (decoration.includes('line-through')) add('strike');
  const align = (style.get('vertical-align') ?? '').toLowerCase();
  if (align === 'super') add('superscript');
  if (align === 'sub') add('subscript');
  return out;
}
