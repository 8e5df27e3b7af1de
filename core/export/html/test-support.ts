/**
 * Test support for the HTML exporters (pure, used by the *.test.ts beside it and by the
 * export writer's tests): export inputs for the kitchen sink, a sample approval, a release with
 * an injection payload in every text and attribute, and a DOM walk that lists what must never
 * appear in output.
 */
import { parseDocument } from 'htmlparser2';
import { generateLongRelease } from '../../document/generate';
import { kitchenSinkRelease } from '../../document/kitchen-sink';
import type { ApprovalRecord, PmNode, Release } from '../../document/release';
import { sha256Hex } from '../../document/sha256';
import type { ExportInput, ExportOrganisation } from '../types';

export const ORGANISATION: ExportOrganisation = {
  parentBody: 'Tỉnh ủy Điện Biên',
  issuingBody: 'Ban Tuyên giáo',
  abbreviation: 'BTGTU',
  placeName: 'Điện Biên',
  rulebook: 'party',
};

export function kitchenSinkInput(kind: Release['kind'] = 'news'): ExportInput {
  const { release, assets } = kitchenSinkRelease();
  return { release: { ...release, kind }, assets, organisation: ORGANISATION, generator: 'PressDesk 0.1.0' };
}

/** An approval for final exports: well formed, with a made-up key and signature (exporters never verify them). */
export const SAMPLE_APPROVAL: ApprovalRecord = {
  signerName: 'Trần Thị Bình',
  signerPosition: 'Phó Trưởng ban',
  fingerprint: 'a'.repeat(64),
  publicKey: 'AAAA',
  time: '2026-11-26T09:30:00+07:00',
  contentHash: 'b'.repeat(64),
  signature: 'AAAA',
};

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)><circle r="9"/></svg>',
  '"><script>alert(2)</script>',
  "'><img src=x onerror=alert(3)>",
  '</figcaption></figure><script>alert(4)</script>',
  '<style>body{font-family:Comic Sans MS}</style><p style="font-family:Arial;mso-bidi-font-size:12pt">x</p>',
  '<a href="javascript:alert(5)">x</a>',
  '&shy;soft\u00adhyphen',
  '<!--[if gte mso 9]><xml></xml><![endif]-->',
  '<math><mi xlink:href="javascript:alert(6)">x</mi></math>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(7)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
];

export const BAD_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '&#106;avascript:alert(1)',
  'https://ok.example/"><script>alert(1)</script>',
];

const ALL = PAYLOADS.join(' ');

/** The kitchen sink with payloads in every string a user can type, and bad link targets. */
export function payloadInput(kind: Release['kind']): ExportInput {
  const input = kitchenSinkInput(kind);
  const r = JSON.parse(JSON.stringify(input.release)) as Release;
  r.headline = `Tít ${ALL}`;
  r.subhead = `Sapo phụ ${ALL}`;
  r.sapo = `Sapo ${ALL}`;
  r.author.penName = `Bút danh ${ALL}`;
  r.contact = { name: ALL, phone: `0215<script>alert(1)</script>`, email: `a@b.vn"><script>alert(1)</script>` };
  r.boilerplate = ALL;
  r.embargo = { mode: 'until', at: `2019-01-09T09:00:00+07:00${ALL}` };
  r.notice = { ...r.notice, number: ALL, symbol: ALL, summary: ALL, signatureLines: [{ authority: 'KT.', title: ALL.replace(/[\r\n]/g, ' ') }], signerName: ALL, recipients: [ALL, ALL] };
  let hrefIndex = 0;
  const walk = (nodes: PmNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'text' && node.text) node.text = `${node.text} ${ALL}`;
      if (node.type === 'figure') {
        node.attrs = { ...node.attrs, alt: `Ảnh ${ALL}`, credit: `Ảnh: ${ALL}`, width: `"><script>alert(1)</script>`, align: 'left" onload="alert(1)' };
      }
      if (node.type === 'heading') node.attrs = { level: '2"><script>alert(1)</script>' };
      if (node.type === 'orderedList') node.attrs = { start: '1" onclick="alert(1)' };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'link') mark.attrs = { href: BAD_HREFS[hrefIndex++ % BAD_HREFS.length] };
      }
      walk(node.content);
    }
  };
  walk(r.body.content);
  // One more paragraph: every bad href on its own link.
  r.body.content.push({
    type: 'paragraph',
    content: BAD_HREFS.map((href) => ({ type: 'text', text: `liên kết ${href} `, marks: [{ type: 'link', attrs: { href } }] })),
  });
  return { ...input, release: r, generator: `PressDesk ${ALL}` };
}

export interface Finding {
  problem: string;
  where: string;
}

type DomNode = ReturnType<typeof parseDocument>['children'][number];

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'svg', 'math', 'object', 'embed', 'link', 'base', 'frame', 'frameset', 'applet', 'form', 'input', 'textarea', 'template', 'noscript']);

/**
 * Everything in `html` that must never be in an export. `allowStyleElement`: the standalone page's
 * one stylesheet in <head>; `allowDataImages`: the embedded page's image sources.
 */
export function findForbidden(html: string, options: { allowStyleElement: boolean; allowDataImages: boolean; allowCenterStyle: boolean }): Finding[] {
  const findings: Finding[] = [];
  if (html.includes('\u00ad')) findings.push({ problem: 'soft hyphen', where: 'text' });
  if (/&shy;|&#173;|&#xad;/i.test(html)) findings.push({ problem: '&shy; entity', where: 'text' });
  if (html !== html.normalize('NFC')) findings.push({ problem: 'not NFC', where: 'document' });
  let styles = 0;
  const walk = (nodes: readonly DomNode[], path: string): void => {
    for (const node of nodes) {
      if (node.type === 'comment' || node.type === 'cdata') findings.push({ problem: node.type, where: path });
      if (!('attribs' in node)) continue;
      const where = `${path}>${node.name}`;
      if (FORBIDDEN_ELEMENTS.has(node.name)) findings.push({ problem: `<${node.name}>`, where });
      if (node.name === 'style') {
        styles++;
        if (!options.allowStyleElement || !path.endsWith('head') || styles > 1) findings.push({ problem: '<style>', where });
      }
      if (node.name === 'meta' && node.attribs['http-equiv'] !== undefined) findings.push({ problem: 'meta http-equiv', where });
      for (const [name, value] of Object.entries(node.attribs)) {
        if (/^on/i.test(name)) findings.push({ problem: `event handler ${name}`, where });
        if (name === 'style' && !(options.allowCenterStyle && node.name === 'p' && value === 'text-align:center')) findings.push({ problem: `style="${value}"`, where });
        if (/font|mso-/i.test(name === 'style' ? value : '')) findings.push({ problem: 'font style', where });
        if (/mso/i.test(name === 'class' ? value : '')) findings.push({ problem: 'mso class', where });
        if (name === 'href' || name === 'src' || name === 'xlink:href' || name === 'action' || name === 'formaction') {
          // eslint-disable-next-line no-control-regex -- browsers ignore these characters inside a scheme
          const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          const dataImage = options.allowDataImages && node.name === 'img' && name === 'src' && /^data:image\/(png|jpeg|webp|gif);base64,/.test(compact);
          if (/^(javascript|vbscript|data|file):/.test(compact) && !dataImage) findings.push({ problem: `${name}=${value.slice(0, 40)}`, where });
        }
      }
      walk(node.children, where);
    }
  };
  walk(parseDocument(html).children, '');
  return findings;
}

/**
 * The benchmark's large release: `words` words (generateLongRelease) with `photos` figures spread
 * through the body, each its own JPEG of about `photoBytes` bytes (distinct, so none deduplicate).
 */
export function largeInput(words: number, photos: number, photoBytes = 250_000): ExportInput {
  const release = generateLongRelease(words, 7);
  const assets = new Map<string, Uint8Array>();
  const content = [...release.body.content];
  const every = Math.max(1, Math.floor(content.length / (photos + 1)));
  for (let i = photos; i >= 1; i--) {
    const bytes = new Uint8Array(photoBytes);
    // A JPEG signature, then deterministic noise (the exporter never decodes images).
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    for (let j = 4, x = i * 2654435761; j < bytes.length; j++) bytes[j] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const hash = sha256Hex(bytes);
    assets.set(hash, bytes);
    release.assets.push({ hash, ext: 'jpg', mime: 'image/jpeg', width: 1600, height: 1067, bytes: bytes.length });
    content.splice(i * every, 0, {
      type: 'figure',
      attrs: { asset: hash, alt: `Ảnh minh họa số ${i}`, credit: 'Ảnh: Minh Anh', width: 'full', align: 'center', lead: i === 1 },
      content: [{ type: 'text', text: `Quang cảnh hội nghị, ảnh số ${i}.` }],
    });
  }
  release.body = { type: 'doc', content };
  release.author.penName = 'Giao Tuyến';
  return { release, assets, organisation: ORGANISATION, generator: 'PressDesk 0.1.0' };
}
