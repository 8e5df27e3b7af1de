/**
 * "Hội nghị tổng kết" -> "hoi-nghi-tong-ket": the one way PressDesk turns Vietnamese text into a
 * file name (Save as, exports, photo files beside an HTML page, a trusted list): lower-case ASCII
 * and hyphens, at most `max` characters, cut at a word boundary ("…-phoi-hop", never "…-phoi-hop-l")
 * unless that would drop more than half; đ/Đ have no decomposition, so they are mapped by hand.
 */
export function slugify(text: string, max: number): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash >= max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}
