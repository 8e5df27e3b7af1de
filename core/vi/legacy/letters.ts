/**
 * The Vietnamese letters the legacy encodings write, as a base vowel with its diacritic and a
 * tone, so that each encoding's table is built from one inventory instead of 134 hand-typed rows
 * per encoding (where a slip would go unseen). The 12 vowels x 6 tones (level tone included) plus
 * đ, lower and upper case: the 134 non-ASCII letters and the 12 plain vowels.
 */

/** Base vowels: the six plain ones and the six with a diacritic (breve, circumflex, horn). */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** Tones in a fixed order: level (none), huyền, hỏi, ngã, sắc, nặng. */
export const TONES = ['', 'grave', 'hook', 'tilde', 'acute', 'dot'] as const;
export type Tone = (typeof TONES)[number];

const TONED: Record<Vowel, string> = {
  a: 'aàảãáạ', ă: 'ăằẳẵắặ', â: 'âầẩẫấậ', e: 'eèẻẽéẹ', ê: 'êềểễếệ', i: 'iìỉĩíị',
  o: 'oòỏõóọ', ô: 'ôồổỗốộ', ơ: 'ơờởỡớợ', u: 'uùủũúụ', ư: 'ưừửữứự', y: 'yỳỷỹýỵ',
};

export interface LetterParts {
  vowel: Vowel;
  tone: Tone;
  upper: boolean;
}

/** The NFC letter for a vowel and tone, in either case. */
export function composeLetter(vowel: Vowel, tone: Tone, upper = false): string {
  const letter = [...TONED[vowel]][TONES.indexOf(tone)]!;
  return upper ? letter.toUpperCase() : letter;
}

const PARTS = new Map<string, LetterParts>();
for (const vowel of VOWELS) {
  for (const tone of TONES) {
    PARTS.set(composeLetter(vowel, tone), { vowel, tone, upper: false });
    PARTS.set(composeLetter(vowel, tone, true), { vowel, tone, upper: true });
  }
}

/** A vowel letter (NFC, one code point) taken apart, or undefined for anything else. */
export function letterParts(letter: string): LetterParts | undefined {
  return PARTS.get(letter);
}

/** Every vowel letter with its parts (12 x 6 x 2 = 144), in a stable order. */
export function allVowelLetters(): { letter: string; parts: LetterParts }[] {
  return [...PARTS.entries()].map(([letter, parts]) => ({ letter, parts }));
}

/** The 134 letters that are not ASCII: 67 lower-case (60 toned vowels, ă â ê ô ơ ư, đ) and their capitals. */
export function vietnameseLetters(): string[] {
  const lower = [...PARTS.entries()].filter(([l, p]) => !p.upper && l.charCodeAt(0) > 0x7f).map(([l]) => l);
  lower.push('đ');
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}
