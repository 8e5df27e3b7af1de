/** File names suggested in the Save dialog, from the headline: ASCII, lower case, hyphenated. */
import { slugify as slugifyText } from '../../core/vi/slug';

const MAX_SLUG = 60;

/** The headline's slug for a file name (see core/vi/slug.ts). */
export function slugify(text: string): string {
  return slugifyText(text, MAX_SLUG);
}

export function suggestedFileName(headline: string, fallback = 'thong-cao'): string {
  return `${slugify(headline) || fallback}.pressdesk`;
}
