/**
 * A body with every mark and node of issue 10's "marks Word users use": strike, subscript,
 * superscript and footnotes (in a paragraph, a heading and a list item; one with two lines), for
 * the exporters' and readers' tests. Tests only.
 */
import type { PmNode } from './release';

const t = (text: string, ...marks: string[]): PmNode => (marks.length > 0 ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text }) as PmNode;
const note = (text: string): PmNode => ({ type: 'footnote', attrs: { text } });

export const NOTE_TEXTS = [
  'Theo số liệu của Tổng cục Thống kê năm 2026.',
  'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.',
  'Dòng một của chú thích.\nDòng hai của chú thích.',
] as const;

export function marksFootnotesBody(): { type: 'doc'; content: PmNode[] } {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [t('Khí thải CO'), t('2', 'subscript'), t(' giảm'), note(NOTE_TEXTS[0])] },
      {
        type: 'paragraph',
        content: [t('Diện tích 120 m'), t('2', 'superscript'), t(', giá '), t('5 tỷ', 'strike'), t(' 4 tỷ đồng'), note(NOTE_TEXTS[1]), t(' theo quy định.')],
      },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [t('H'), t('2', 'subscript', 'bold'), t('O đậm'), note(NOTE_TEXTS[2])] }] }],
      },
    ],
  };
}
