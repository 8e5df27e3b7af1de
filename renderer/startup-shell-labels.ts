/**
 * The shell's own copies of the catalogue's strings (kind.news, page.*; a test keeps them equal):
 * the i18n catalogues are in the bundle this runs before.
 */
export const SHELL_LABELS = {
  vi: { kind: 'Tin bài', region: 'Bản tin đang soạn', headline: 'Tiêu đề', headlinePlaceholder: 'Nhập tiêu đề', sapo: 'Sapo (đoạn dẫn)', sapoPlaceholder: 'Đoạn dẫn: ai, làm gì, ở đâu, khi nào', body: 'Nội dung' },
  en: { kind: 'News article', region: 'Release being written', headline: 'Headline', headlinePlaceholder: 'Write the headline', sapo: 'Sapo', sapoPlaceholder: 'Lead paragraph: who, what, where, when', body: 'Body' },
} as const;
