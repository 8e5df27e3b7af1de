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
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary ("…-phoi-hop", never "…-phoi-hop-l"); one long word is cut where it must be.
  const cut = slug.slice(0, MAX_SLUG + 1);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : slug.slice(0, MAX_SLUG);
}

export function suggestedFileName(headline: string, fallback = 'thong-cao'): string {
  return `${slugify(headline) || fallback}.pressdesk`;
}
