/**
 * Which language a release's text is written in, guessed from its letters. Files before 1.4 had no
 * language field: the 1.3 -> 1.4 migration takes this guess (as the HTML export did), and the
 * content hash leaves the language out while it equals the guess, so approvals made on 1.3 files
 * still verify after the migration (core/signoff/canonical.ts).
 */
import type { PmNode, ReleaseLanguage } from './release';

/** Letters only Vietnamese uses among Latin scripts (precomposed, as the model is NFC). */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]|[àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝ]/;

/** 'vi' when at least one word in twelve carries a Vietnamese letter (any Vietnamese text does). */
export function guessLang(text: string): ReleaseLanguage {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, 2_000);
  if (words.length === 0) return 'vi';
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  return vietnamese * 12 >= words.length ? 'vi' : 'en';
}

/** The fields the guess reads, as loose as a not-yet-validated document.json allows. */
export interface LanguageSample {
  headline?: unknown;
  subhead?: unknown;
  sapo?: unknown;
  body?: unknown;
}

/** The text used to guess the language: headline, subhead, sapo and the first few hundred runs of the body. */
export function releaseSampleText(release: LanguageSample): string {
  const parts: string[] = [release.headline, release.subhead, release.sapo].filter((s): s is string => typeof s === 'string');
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as PmNode[]) {
      if (parts.length > 400) return;
      if (node === null || typeof node !== 'object') continue;
      if (typeof node.text === 'string') parts.push(node.text);
      walk(node.content);
    }
  };
  const body = release.body as { content?: unknown } | null | undefined;
  walk(body && typeof body === 'object' ? body.content : undefined);
  return parts.join(' ');
}

/** The language a release without the field is read as (the 1.3 -> 1.4 migration). */
export function guessReleaseLanguage(release: LanguageSample): ReleaseLanguage {
  return guessLang(releaseSampleText(release));
}
