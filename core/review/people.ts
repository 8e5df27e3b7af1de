/**
 * Who is who in a review: initials from a name and one colour per author. The colour comes from
 * the author's key fingerprint (or the name when there is none, e.g. a Word reviewer), so the same
 * person keeps the same colour in the comments column, the inline suggestions and on every computer.
 */
import type { Person, ReleaseLanguage } from '../document/release';

/** One author's colour: `ink` for text and badges (>= 4.5:1 on white and on `tint`), `tint` to highlight their anchors and suggestions. */
export interface AuthorColour {
  ink: string;
  tint: string;
}

/** A small palette readable on white, with light tints of the same hues; order never changes (colours must stay put). */
export const AUTHOR_PALETTE: readonly AuthorColour[] = [
  { ink: '#1d4f9c', tint: '#dce8fa' },
  { ink: '#a3251c', tint: '#f9dfdc' },
  { ink: '#1b6b35', tint: '#d8f0df' },
  { ink: '#6b35a3', tint: '#ece0f7' },
  { ink: '#8c4a00', tint: '#fbe7cf' },
  { ink: '#006574', tint: '#d3eef2' },
  { ink: '#a0175f', tint: '#f8dbea' },
  { ink: '#4f5c00', tint: '#ecf0cd' },
];

/** FNV-1a over UTF-16 code units: small, stable across runtimes, spreads short keys well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The key a person's colour is taken from: the fingerprint, else the name (NFC, case and spacing ignored). */
export function personKey(person: Pick<Person, 'name' | 'fingerprint'>): string {
  return person.fingerprint !== '' ? person.fingerprint : `name:${person.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')}`;
}

export function authorColour(person: Pick<Person, 'name' | 'fingerprint'>): AuthorColour {
  return AUTHOR_PALETTE[fnv1a(personKey(person)) % AUTHOR_PALETTE.length]!;
}

/**
 * Initials from a name: the first letter of each word, upper case, "Nguyễn Văn An" -> "NVA".
 * Past three words, the first two and the last ("Tôn Nữ Thị Ninh" -> "TNN"); '' for no letters.
 */
export function initialsOf(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s\-.,_]+/u)
    .map((w) => /\p{L}|\p{N}/u.exec(w)?.[0] ?? '')
    .filter((c) => c !== '');
  const picked = words.length > 3 ? [words[0]!, words[1]!, words[words.length - 1]!] : words;
  return picked.join('').toLocaleUpperCase('vi').normalize('NFC');
}

/** Whether `person` is `me`: by fingerprint when both have one, else by name (a Word reviewer, or a profile with no key yet). */
export function samePerson(person: Pick<Person, 'name' | 'fingerprint'>, me: Pick<Person, 'name' | 'fingerprint'>): boolean {
  if (person.fingerprint !== '' && me.fingerprint !== '') return person.fingerprint === me.fingerprint;
  const name = (p: Pick<Person, 'name'>): string => p.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return person.fingerprint === '' && name(person) !== '' && name(person) === name(me);
}

/**
 * The one label for an author with no name (an old file, or a Word reviewer who never set one):
 * the comments column, the Review tab (the UI catalogues carry the same words) and the review
 * copy's w:author, which Word and LibreOffice would otherwise show as an anonymous comment.
 */
export const UNNAMED_AUTHOR: Readonly<Record<ReleaseLanguage, string>> = { vi: 'Không rõ tên', en: 'Unnamed' };

/** The name to show or write for an author: theirs, else the unnamed label in `language`. */
export function authorLabel(name: string, language: ReleaseLanguage): string {
  const trimmed = name.normalize('NFC').trim();
  return trimmed !== '' ? trimmed : UNNAMED_AUTHOR[language];
}
