/** File names suggested in the Save dialog, from the headline: ASCII, lower case, hyphenated. */

const MAX_SLUG = 60;

/** "Hội nghị tổng kết" -> "hoi-nghi-tong-ket"; đ/Đ have no decomposition, so they are mapped by hand. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

export function suggestedFileName(headline: string, fallback = 'thong-cao'): string {
  return `${slugify(headline) || fallback}.pressdesk`;
}
