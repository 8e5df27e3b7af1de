/**
 * The OUTPUT sanitizer: every HTML string the exporters produce is parsed again (htmlparser2) and
 * re-serialised through an allow-list of elements and attributes for its output kind. The model is
 * already clean; this is the second lock. What it guarantees, whatever went in:
 * - no script, iframe, object, embed, svg, math, style (except the exporter's own stylesheet),
 *   link, base, form controls, comments or CDATA: their content is dropped with them;
 * - no event handlers (no attribute outside the allow-list survives), no style attribute except
 *   `text-align:center` on a paragraph in the CMS "centered" preset (never fonts, never mso-*);
 * - links only with isSafeHref targets (http, https, mailto, tel) or a footnote's #fn-N / #fnref-N,
 *   always rel="noopener noreferrer";
 * - image sources only as relative file names, or (embedded standalone page only) base64
 *   data: URIs of PNG, JPEG, WebP or GIF;
 * - classes only from CLASS_TOKENS (no review marks, no Mso classes);
 * - text re-escaped without soft hyphens or control characters; the whole result in NFC.
 * Unknown but harmless elements (span without class, font, ins, del, mark, ...) are unwrapped.
 */
import { Parser } from 'htmlparser2';
import { isSafeHref } from '../../document/schema-names';
import { escapeAttr, escapeText, hrefForHtml } from './escape';

export type SanitizeProfile = 'standalone' | 'cms-figure' | 'cms-centered';

export interface SanitizeOptions {
  profile: SanitizeProfile;
  /** Standalone page only: whether `data:` image sources are allowed (embedded images). */
  images: 'embed' | 'files';
  /** Standalone page only: the one stylesheet a <style> element may hold; any other is dropped. */
  stylesheet?: string;
  /** Told about everything removed (tests, logs). */
  onRemoved?: (what: string) => void;
}

/** Every class the exporters use. */
export const CLASS_TOKENS = new Set([
  'release', 'release--news', 'release--press', 'release--notice', 'image', 'image--full', 'image--two-thirds',
  'image--half', 'image--center', 'image--left', 'image--right', 'image--lead', 'credit', 'sapo', 'subhead',
  'dateline', 'author', 'release-status', 'contact', 'boilerplate', 'end-mark', 'notice-head', 'notice-org',
  'notice-parent', 'notice-issuer', 'notice-number', 'notice-title', 'notice-summary', 'notice-motto', 'signature',
  'signature-authority', 'signature-name', 'recipients', 'recipients-label', 'label', 'draft-mark', 'footnotes',
  // The print page (print-page.ts).
  'dateline--right', 'release-status--centre', 'embargo', 'notice-state', 'notice-ruled', 'notice-foot',
]);

/** The <meta name> values a page may carry: the page's own, robots (only "noindex", on drafts), the approval's. */
const META_NAMES = new Set([
  'viewport', 'generator', 'robots', 'pressdesk-content-hash', 'pressdesk-approver', 'pressdesk-approved-at', 'pressdesk-key-fingerprint',
]);

/** Elements removed together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template',
  'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'select', 'option', 'button', 'input',
  'canvas', 'audio', 'video', 'source', 'track', 'picture', 'map', 'area', 'link', 'base', 'meta', 'title',
  'head', 'portal', 'dialog', 'form',
]);

const VOID = new Set(['br', 'img', 'meta', 'hr', 'wbr', 'input', 'link', 'base', 'source', 'track', 'area', 'embed', 'col', 'param']);

type Check = (value: string, ctx: SanitizeOptions) => boolean;

/** The CMS fragment keeps only these two classes (portals know "image"; "credit" is harmless). */
const CMS_CLASS_TOKENS = new Set(['image', 'credit']);

const classes: Check = (v, ctx) => {
  const tokens = ctx.profile === 'standalone' ? CLASS_TOKENS : CMS_CLASS_TOKENS;
  return v !== '' && v.split(' ').every((t) => tokens.has(t));
};
const digits: Check = (v) => /^\d{1,6}$/.test(v);
const anyText: Check = () => true;
/** A table cell's span: a whole number 1..999 (the exporter writes only spans above 1). */
const span: Check = (v) => /^[1-9]\d{0,2}$/.test(v);
/** Footnotes (./footnotes.ts): a note's id and its reference's, and the links between them. */
const noteId: Check = (v) => /^fn(?:ref)?-\d{1,5}$/.test(v);
const linkTarget: Check = (v) => isSafeHref(v) || /^#fn(?:ref)?-\d{1,5}$/.test(v);
const imageSrc: Check = (v, ctx) =>
  /^[a-z0-9][a-z0-9_-]{0,120}\.(?:jpg|png|webp|gif)$/.test(v) ||
  (ctx.profile === 'standalone' && ctx.images === 'embed' && /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/.test(v));

/** Allowed attributes for each allowed element of the body fragment (all profiles). */
const FRAGMENT: Record<string, Record<string, Check>> = {
  p: { class: classes, style: (v, ctx) => ctx.profile === 'cms-centered' && v === 'text-align:center' },
  h2: { class: classes },
  h3: { class: classes },
  ul: {},
  ol: { start: digits, type: (v) => /^[aAiI]$/.test(v) },
  li: { id: noteId },
  blockquote: {},
  br: {},
  strong: {},
  em: {},
  u: {},
  s: {},
  sub: {},
  sup: {},
  a: { href: linkTarget, id: noteId, 'aria-label': anyText },
  figure: { class: classes },
  figcaption: {},
  img: { src: imageSrc, alt: anyText, width: digits, height: digits },
  span: { class: classes },
  // Tables (issue 10, ./table.ts): structure and spans only, never widths, borders or styles.
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { colspan: span, rowspan: span },
  td: { colspan: span, rowspan: span },
};

/** The standalone page adds the document structure. */
const PAGE: Record<string, Record<string, Check>> = {
  ...FRAGMENT,
  html: { lang: (v) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(v) },
  head: {},
  meta: { charset: (v) => v === 'utf-8', name: (v) => META_NAMES.has(v), content: anyText },
  title: {},
  body: {},
  main: {},
  article: { class: classes },
  header: { class: classes },
  footer: { class: classes },
  section: { class: classes },
  address: { class: classes },
  div: { class: classes },
  time: { datetime: (v) => /^[0-9T:+.Z-]{4,40}$/.test(v) },
  h1: { class: classes },
};

/** Attributes an element must keep to be worth keeping; without them it is unwrapped or dropped. */
const REQUIRED: Record<string, string> = { a: 'href', img: 'src', span: 'class' };

interface Open {
  name: string;
  action: 'keep' | 'unwrap' | 'drop' | 'inside-drop' | 'style';
}

/** The HTML with everything outside the profile's allow-list removed (see the module comment). */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  // Embedded images are megabytes of base64: validated here by one regular expression and kept
  // out of the tokenizer behind a random token, put back at the end.
  const dataUris: string[] = [];
  const token = `pressdesk-img-${Math.random().toString(36).slice(2, 10)}-`;
  if (options.profile === 'standalone' && options.images === 'embed') {
    html = html.replace(/src="(data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2})"/g, (_, uri: string) => `src="${token}${dataUris.push(uri) - 1}"`);
  }
  const isToken = (v: string): boolean => v.startsWith(token) && /^\d+$/.test(v.slice(token.length)) && Number(v.slice(token.length)) < dataUris.length;
  const allowed = options.profile === 'standalone' ? PAGE : FRAGMENT;
  const removed = options.onRemoved ?? ((): void => undefined);
  const stack: Open[] = [];
  let out = '';
  let dropping = 0;
  let styleText = '';

  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (options.profile === 'standalone' && name.toLowerCase() === '!doctype' && stack.length === 0) out += '<!DOCTYPE html>';
        else removed(`<${name}>`);
      },
      oncomment() {
        removed('comment');
      },
      onopentag(name, attribs) {
        if (dropping > 0) {
          stack.push({ name, action: 'inside-drop' });
          return;
        }
        const rules = allowed[name];
        if (name === 'style' && options.profile === 'standalone' && options.stylesheet !== undefined && stack.at(-1)?.name === 'head') {
          styleText = '';
          stack.push({ name, action: 'style' });
          return;
        }
        if (!rules) {
          if (DROP_WITH_CONTENT.has(name)) {
            removed(`<${name}>`);
            dropping++;
            stack.push({ name, action: 'drop' });
          } else {
            removed(`<${name}> (unwrapped)`);
            stack.push({ name, action: 'unwrap' });
          }
          return;
        }
        let attrs = '';
        const kept = new Set<string>();
        for (const [attr, value] of Object.entries(attribs)) {
          // rel is written by the sanitizer itself (below), whatever the input said.
          if (name === 'a' && attr === 'rel') continue;
          const check = rules[attr];
          if ((check && check(value, options)) || (name === 'img' && attr === 'src' && isToken(value))) {
            attrs += ` ${attr}="${escapeAttr(attr === 'href' ? hrefForHtml(value) : value)}"`;
            kept.add(attr);
          } else {
            removed(`${name}[${attr}]`);
          }
        }
        const required = REQUIRED[name];
        const badRobots = name === 'meta' && attribs['name'] === 'robots' && attribs['content'] !== 'noindex';
        if (name === 'meta' && (badRobots || (!kept.has('charset') && !(kept.has('name') && kept.has('content'))))) {
          removed('<meta>');
          stack.push({ name, action: 'drop' });
          dropping++;
          return;
        }
        if (required !== undefined && !kept.has(required)) {
          removed(`<${name}> without a safe ${required}`);
          const action = name === 'img' ? 'drop' : 'unwrap';
          if (action === 'drop') dropping++;
          stack.push({ name, action });
          return;
        }
        if (name === 'a') attrs += ' rel="noopener noreferrer"';
        out += `<${name}${attrs}>`;
        stack.push({ name, action: 'keep' });
      },
      ontext(text) {
        const top = stack.at(-1);
        if (top?.action === 'style') styleText += text;
        else if (dropping === 0) out += escapeText(text);
      },
      onclosetag(name) {
        // htmlparser2 closes in order; should it ever not, close down to the matching element.
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        while (stack.length > at) {
          const top = stack.pop()!;
          if (top.action === 'drop') dropping--;
          else if (top.action === 'style') {
            if (styleText === options.stylesheet) out += `<style>${styleText}</style>`;
            else removed('<style> (not the exporter stylesheet)');
          } else if (top.action === 'keep' && !VOID.has(top.name)) out += `</${top.name}>`;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  out = out.normalize('NFC');
  return dataUris.length === 0 ? out : out.replace(new RegExp(`${token}(\\d+)`, 'g'), (_, i: string) => dataUris[Number(i)]!);
}
