import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertLegacyText, detectLegacyEncoding, JUDGED_CHARS, judgedPart, type LegacyEncoding } from './detect';
import { decodeTcvn3 } from './tcvn3';
import { encodeTcvn3, encodeViqr, encodeVni } from './test-encode';

const fixture = readFileSync(new URL('../../../../shared/fixtures/dien-bien-article.txt', import.meta.url), 'utf8');
const paragraphs = fixture.split('\n').filter((l) => l.trim() !== '');
/** The article's sentences (and headline-like lines) of three words or more. */
const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.;:!?])\s+/u)).filter((s) => s.split(/\s+/u).length >= 3);

const ENGLISH = [
  'The Provincial Party Committee held its annual conference on Tuesday, January 8, 2019.',
  "I'm sure it's fine. Where do we go? See http://example.com/a?b=c&d=e or write to press@example.org.",
  'Our café in São Paulo serves crème brûlée; the naïve señor from Zürich ordered a smörgåsbord.',
  'Media contact: Jane Doe, +84 215 3825 123. ### FOR IMMEDIATE RELEASE — embargoed until 9:00 a.m.',
  'He said: "A to Z, e.g. items (i) and (ii), are done." Then he left at 5 p.m.',
  'Download the report (PDF, 2.4 MB) at www.dienbien.gov.vn/reports/2019 before Friday.',
];
/** Unicode Vietnamese whose letters are all in Latin-1: the text a TCVN3 or VNI reading could change. */
const LATIN1_VIETNAMESE = ['Bà có nhà không?', 'Tôi về quê ăn tết', 'Cô giáo và học trò', 'Chào các bạn, tôi là Hà.'];

type Kind = LegacyEncoding | 'unicode';

function encode(text: string, kind: Kind): string {
  if (kind === 'tcvn3') return encodeTcvn3(text).map((r) => r.text).join('');
  if (kind === 'vni') return encodeVni(text);
  if (kind === 'viqr') return encodeViqr(text);
  return text;
}

describe('legacy encoding detection', () => {
  it('decodes the whole article, encoded into each legacy form, back to the same text', () => {
    expect(convertLegacyText(encodeVni(fixture))).toEqual({ text: fixture, report: { vni: paragraphs.length } });
    expect(convertLegacyText(encodeViqr(fixture))).toEqual({ text: fixture, report: { viqr: paragraphs.length } });
    // TCVN3 as runs: a capital VN3 has no code for was typed in a .VnTimeH run.
    expect(encodeTcvn3(fixture).map((r) => decodeTcvn3(r.text, { capitals: r.capitals })).join('')).toBe(fixture);
    // As plain text the capitals font is lost: Ủy viên comes back as ủy viên, nothing else differs.
    const plain = convertLegacyText(encode(fixture, 'tcvn3'));
    expect(plain.report).toEqual({ tcvn3: paragraphs.length });
    expect(plain.text.toLowerCase()).toBe(fixture.toLowerCase());
  });

  it('never changes Unicode Vietnamese or English', () => {
    for (const text of [fixture, ...ENGLISH, ...LATIN1_VIETNAMESE, ENGLISH.join('\n')]) {
      expect(convertLegacyText(text)).toEqual({ text, report: {} });
    }
  });

  it('tells the encodings apart sentence by sentence: none wrong, none of Unicode or English changed', () => {
    const tally = { right: 0, wrong: 0, unchanged: 0 };
    const kinds: Kind[] = ['tcvn3', 'vni', 'viqr', 'unicode'];
    const samples = [...kinds.flatMap((kind) => sentences.map((s) => ({ kind, source: s, text: encode(s, kind) }))), ...[...ENGLISH, ...LATIN1_VIETNAMESE].map((s) => ({ kind: 'unicode' as Kind, source: s, text: s }))];
    for (const { kind, source, text } of samples) {
      const found = detectLegacyEncoding(text);
      if (found === null) tally[kind === 'unicode' ? 'right' : 'unchanged']++;
      else if (found.encoding === kind && found.decoded.toLowerCase() === source.toLowerCase()) tally.right++;
      else tally.wrong++;
    }
    expect(sentences.length).toBeGreaterThan(30);
    expect(tally.wrong).toBe(0);
    expect(tally.right / samples.length).toBeGreaterThan(0.97);
    console.info(`legacy detection on ${samples.length} samples (${sentences.length} sentences x 4 forms + ${ENGLISH.length + LATIN1_VIETNAMESE.length} English/Latin-1 Vietnamese):`, tally);
  });

  it('converts paragraph by paragraph, a short one following the source, and says how many', () => {
    const text = ['§iÖn Biªn', 'Ban Tuyên giáo Tỉnh ủy', 'Hµ', 'c¸c v¨n b¶n, ®Ò ¸n tr×nh Ban Th­êng vô cÊp ñy'].join('\r\n');
    expect(convertLegacyText(text)).toEqual({
      text: ['Điện Biên', 'Ban Tuyên giáo Tỉnh ủy', 'Hà', 'các văn bản, đề án trình Ban Thường vụ cấp ủy'].join('\r\n'),
      report: { tcvn3: 3 },
    });
  });
});

describe('a text longer than JUDGED_CHARS', () => {
  const long = (text: string) => Array.from({ length: Math.ceil((JUDGED_CHARS * 2) / text.length) }, () => text).join(' ');

  it('is judged on whole words from windows spread through it, and short texts whole', () => {
    expect(judgedPart(sentences[0]!)).toBe(sentences[0]);
    const text = long(fixture.replace(/\s+/gu, ' '));
    const judged = judgedPart(text);
    expect(judged.length).toBeLessThanOrEqual(JUDGED_CHARS + 30);
    expect(judged.length).toBeGreaterThan(JUDGED_CHARS / 2);
    const words = new Set(text.split(/\s+/u));
    for (const word of judged.split(/\s+/u)) expect(words.has(word), word).toBe(true);
    // Windows reach from the start to the last thirtieth.
    const numbered = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' ');
    const seen = judgedPart(numbered).split(/\s+/u).map((w) => Number(w.slice(1)));
    expect(seen[0]).toBe(0);
    expect(Math.max(...seen)).toBeGreaterThan(30_000 * (29 / 30));
  });

  it('is decoded whole when the judged windows win', () => {
    for (const kind of ['vni', 'viqr', 'tcvn3'] as const) {
      const unicode = long(fixture.replace(/\s+/gu, ' '));
      const found = detectLegacyEncoding(encode(unicode, kind));
      expect(found?.encoding, kind).toBe(kind);
      if (kind !== 'tcvn3') expect(found?.decoded).toBe(unicode); // TCVN3 as plain text loses its capitals font
      expect(found?.decoded.length).toBe(unicode.length);
    }
  });

  it('is left alone when a part the windows missed does not fit the winner', () => {
    const legacy = encode(long(fixture.replace(/\s+/gu, ' ')), 'vni');
    const judged = judgedPart(legacy);
    // A Unicode word no one-byte encoding holds, placed between two windows.
    const at = legacy.indexOf(judged.split('\n')[1]!.slice(0, 40)) - 10;
    const mixed = legacy.slice(0, at) + ' ăn ' + legacy.slice(at);
    expect(judgedPart(mixed)).not.toContain('ăn');
    expect(detectLegacyEncoding(mixed)).toBeNull();
  });
});

