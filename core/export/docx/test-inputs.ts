/**
 * Inputs shared by the DOCX tests (and usable by the bench): organisation profiles for both
 * rulebooks, the kitchen-sink release adjusted per template, and the text a reader should give back.
 */
import { kitchenSinkRelease } from '../../document/kitchen-sink';
import type { PmNode, Release } from '../../document/release';
import { EXPORT_LABELS } from '../labels';
import type { DocxTemplate, ExportInput, ExportOrganisation } from '../types';

export const TEMPLATES: readonly DocxTemplate[] = ['news', 'press', 'decree30', 'party36'];

export const STATE_ORGANISATION: ExportOrganisation = {
  parentBody: 'Ủy ban nhân dân tỉnh Điện Biên',
  issuingBody: 'Sở Thông tin và Truyền thông',
  abbreviation: 'STTTT',
  placeName: 'Điện Biên',
  rulebook: 'state',
};

export const PARTY_ORGANISATION: ExportOrganisation = {
  parentBody: 'Tỉnh ủy Điện Biên',
  issuingBody: 'Ban Tuyên giáo',
  abbreviation: 'BTGTU',
  placeName: 'Điện Biên',
  rulebook: 'party',
};

export const GENERATOR = 'PressDesk 0.1.0';

/** The kitchen sink as each template would get it (the Party notice has a Party number, symbol and authority). */
export function kitchenSinkInput(template: DocxTemplate): ExportInput {
  const { release, assets } = kitchenSinkRelease();
  if (template === 'party36') {
    return {
      release: { ...release, kind: 'notice', notice: { ...release.notice, number: '15', symbol: 'TB/BTGTU', signatureLines: release.notice.signatureLines.map((l) => (l.authority === 'KT.' ? { ...l, authority: 'K/T' as const } : l)) } },
      assets,
      organisation: PARTY_ORGANISATION,
      generator: GENERATOR,
    };
  }
  const kind = template === 'news' ? 'news' : template === 'press' ? 'press' : 'notice';
  return { release: { ...release, kind }, assets, organisation: STATE_ORGANISATION, generator: GENERATOR };
}

const inlineText = (nodes: readonly PmNode[] | undefined): string =>
  (nodes ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : '')).join('');

/**
 * The body's paragraphs as a reader shows them: one string per paragraph, heading and list item;
 * a figure as `[alt]` then its caption ("<label> n: caption (credit)").
 */
export function bodyParagraphs(body: readonly PmNode[], captionLabel: string | null): string[] {
  const out: string[] = [];
  let figures = 0;
  const walk = (nodes: readonly PmNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') out.push(inlineText(node.content));
      else if (node.type === 'figure') {
        figures++;
        const alt = String(node.attrs?.['alt'] ?? '');
        const credit = String(node.attrs?.['credit'] ?? '');
        out.push(`[${alt}]`);
        const label = captionLabel ? `${captionLabel} ${figures}: ` : '';
        out.push(`${label}${inlineText(node.content)}${credit ? ` (${credit})` : ''}`);
      } else walk(node.content ?? []);
    }
  };
  walk(body);
  return out;
}

/** The whole news article as text: headline, sapo, body, pen name. */
export function newsParagraphs(release: Release): string[] {
  const l = EXPORT_LABELS[release.language];
  const dateline = [release.dateline.place, l.displayDate(release.dateline.date)].filter((s) => s !== '').join(', ');
  const { name, phone, email } = release.contact;
  const contact = [`${l.contact}:`, name, `${l.phone}: ${phone}`, `${l.email}: ${email}`];
  // The subhead is left out: pandoc -s reads the Subtitle paragraph into the metadata, not the text.
  return [release.headline, dateline, release.sapo, ...bodyParagraphs(release.body.content, null), release.author.penName, ...contact];
}

/** Whitespace collapsed, NFC; list markers at line starts removed (readers print "-", "1." …). */
export function normaliseReaderText(text: string): string {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*+•◦▪]|\d+[.)]|[a-z][.)]|[ivxlc]+[.)])\s+/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
