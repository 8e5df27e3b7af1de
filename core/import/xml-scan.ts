/**
 * A small XML tokenizer for the parts of a .docx that PressDesk reads itself (document.xml for
 * comment ranges and tracked changes, comments.xml, commentsExtended.xml). Linear, no tree, no
 * namespaces resolved (Word's prefixes are fixed: w:, w14:, w15:). A DTD (<!DOCTYPE) or entity
 * declaration is refused outright, never read: that is where "billion laughs" and external
 * entities live, and no Office part has one. Only the five predefined entities and character
 * references are decoded; any other entity reference is refused too.
 */

export class XmlRefusedError extends Error {
  constructor(readonly reason: 'dtd' | 'entity' | 'malformed') {
    super(`XML refused: ${reason}`);
    this.name = 'XmlRefusedError';
  }
}

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its entity references decoded; refuses entities a DTD would have to define. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&<]{0,12});/g, (_all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return charFrom(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return charFrom(parseInt(name.slice(1), 10));
    const known = PREDEFINED[name];
    if (known === undefined) throw new XmlRefusedError('entity');
    return known;
  });
}

function charFrom(code: number): string {
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new XmlRefusedError('malformed');
  return String.fromCodePoint(code);
}

/** The `>` closing the tag that starts before `from`, skipping quoted attribute values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let j = from; j < xml.length; j++) {
    const c = xml[j]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  throw new XmlRefusedError('malformed');
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!] = decodeXmlText(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * Every token of `xml`, in order, each with its place in the source (so a caller can copy the
 * source through and rewrite a few tokens). Throws XmlRefusedError on a DTD or unknown entity.
 */
export function* scanXml(xml: string): Generator<XmlToken> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? xml.length : lt;
      yield { kind: 'text', text: decodeXmlText(xml.slice(i, end)), start: i, end };
      i = end;
      continue;
    }
    const next = xml[lt + 1];
    if (next === '!') {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlRefusedError('malformed');
        yield { kind: 'other', start: lt, end: end + 3 };
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlRefusedError('malformed');
        yield { kind: 'text', text: xml.slice(lt + 9, end), start: lt, end: end + 3 };
        i = end + 3;
      } else {
        // <!DOCTYPE, <!ENTITY, <!ELEMENT ...: declarations belong to a DTD, which no Office part has.
        throw new XmlRefusedError('dtd');
      }
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (next === '?') {
      yield { kind: 'other', start: lt, end: gt + 1 };
    } else if (next === '/') {
      yield { kind: 'close', name: xml.slice(lt + 2, gt).trim(), start: lt, end: gt + 1 };
    } else {
      const selfClosing = xml[gt - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      yield { kind: 'open', name, attrs: space < 0 ? {} : parseAttrs(inner.slice(space)), selfClosing, start: lt, end: gt + 1 };
    }
    i = gt + 1;
  }
}

/** Every token, with the names of the elements it sits in (innermost last). */
export function* scanXmlWithPath(xml: string): Generator<{ token: XmlToken; path: readonly string[] }> {
  const path: string[] = [];
  for (const token of scanXml(xml)) {
    if (token.kind === 'close') {
      path.pop();
      yield { token, path };
      continue;
    }
    yield { token, path };
    if (token.kind === 'open' && !token.selfClosing) path.push(token.name);
  }
}
