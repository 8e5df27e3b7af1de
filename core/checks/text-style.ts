/**
 * House style of the words (issue 11): the organisation's glossary of official names and its
 * preferred tone placement. Both are warnings — a variant spelling or a reformed `hoà` is not an
 * error a reader is harmed by, but the office writes one way. Both read the prose a reader gets:
 * headline, subhead, sapo, a lead-photo slot's caption, boilerplate, a notice's summary and the body with its photo captions,
 * without text pending deletion (a suggestion's old words are not what will read).
 */
import type { PmNode, Release } from '../document/release';
import { compileGlossary, findGlossaryVariants, type CompiledGlossary, type GlossaryEntry, type GlossaryMatch } from '../vi/glossary';
import { toneStyleSpans, type ToneStyle } from '../vi/tone-style';
import { blockNodes } from './positions';
import type { Finding, PreflightContext, Rule, Target } from './rules';

/** A piece of prose and where it lives. */
export interface ProseUnit {
  target: Target;
  text: string;
}

/** Stands for what is not text as it will read: a pending deletion, an inline node. Not a letter, not a space. */
const HIDDEN = '\uFFFC';

/** A text block's text as it will read, each UTF-16 unit at its offset (hidden parts kept as HIDDEN of the same size). */
export function blockReadingText(node: PmNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const t = child.text ?? '';
      text += (child.marks ?? []).some((m) => m.type === 'deletion') ? HIDDEN.repeat(t.length) : t;
    } else text += child.type === 'hardBreak' ? '\n' : HIDDEN;
  }
  return text;
}

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'figure']);

/** The release's prose, fields first, then the body's text blocks in order. */
export function proseUnits(release: Release): ProseUnit[] {
  const out: ProseUnit[] = [
    { target: { field: 'headline' }, text: release.headline },
    { target: { field: 'subhead' }, text: release.subhead },
    { target: { field: 'sapo' }, text: release.sapo },
    // A recognised article's lead-photo caption, waiting for its photo, is prose too.
    { target: { field: 'leadPhoto' }, text: release.leadPhoto?.caption ?? '' },
    { target: { field: 'boilerplate' }, text: release.boilerplate },
    { target: { field: 'notice.summary' }, text: release.notice.summary },
  ];
  let figureIndex = 0;
  for (const { node, pos } of blockNodes(release.body)) {
    if (!PROSE_BLOCKS.has(node.type)) continue;
    const target: Target = node.type === 'figure' ? { bodyPos: pos, figureIndex: figureIndex++ } : { bodyPos: pos };
    out.push({ target, text: blockReadingText(node) });
  }
  return out.filter((u) => u.text !== '');
}

// --- Tone style ------------------------------------------------------------------------------

export interface ToneStyleTally {
  traditional: number;
  reformed: number;
  /** The first word in each style and where it is. */
  first: Record<ToneStyle, { word: string; target: Target } | null>;
}

export function tallyToneStyles(units: readonly ProseUnit[]): ToneStyleTally {
  const tally: ToneStyleTally = { traditional: 0, reformed: 0, first: { traditional: null, reformed: null } };
  for (const { target, text } of units) {
    for (const span of toneStyleSpans(text)) {
      tally[span.style]++;
      tally.first[span.style] ??= { word: span.text, target };
    }
  }
  return tally;
}

/**
 * Tone placement: a warning when the release mixes both styles, or (with the organisation's
 * preference) uses the other one. Params: both counts, an example of each, the preferred style
 * ('' when unknown); it points at the first word to change (the other style's, else the fewer).
 */
export function toneStyleFindings(release: Release, preferred: ToneStyle | undefined): Finding[] {
  const tally = tallyToneStyles(proseUnits(release));
  const { traditional, reformed } = tally;
  const mixed = traditional > 0 && reformed > 0;
  const other: ToneStyle | null = preferred === undefined ? null : preferred === 'traditional' ? 'reformed' : 'traditional';
  if (!mixed && (other === null || tally[other] === 0)) return [];
  const change: ToneStyle = other ?? (reformed <= traditional ? 'reformed' : 'traditional');
  return [
    {
      ruleId: 'text.toneMix',
      severity: 'warning',
      params: {
        traditionalCount: traditional,
        reformedCount: reformed,
        traditional: tally.first.traditional?.word ?? '',
        reformed: tally.first.reformed?.word ?? '',
        preferred: preferred ?? '',
      },
      target: tally.first[change]!.target,
    },
  ];
}

export const toneStyleRule: Rule = {
  id: 'text.toneMix',
  severity: 'warning',
  applies: () => true,
  check: (release, _now, context) => toneStyleFindings(release, context.toneStyle),
};

// --- Glossary ---------------------------------------------------------------------------------

/** At most this many glossary findings (one per distinct variant): the rest are fixed with them. */
export const MAX_GLOSSARY_FINDINGS = 20;

const compiled = new WeakMap<readonly GlossaryEntry[], Partial<Record<ToneStyle, CompiledGlossary>>>();

/** The glossary compiled once per list and style (the checks run after every pause in typing). */
export function compiledGlossary(entries: readonly GlossaryEntry[], style: ToneStyle): CompiledGlossary {
  const byStyle = compiled.get(entries) ?? {};
  const hit = byStyle[style];
  if (hit !== undefined) return hit;
  const made = compileGlossary(entries, style);
  compiled.set(entries, { ...byStyle, [style]: made });
  return made;
}

/** Texts whose matches are remembered: a long release's paragraphs, most unchanged between two checks. */
const MAX_CACHED_TEXTS = 5_000;
const matchCaches = new WeakMap<CompiledGlossary, Record<string, Map<string, GlossaryMatch[]>>>();

function matchCache(glossary: CompiledGlossary, language: string): Map<string, GlossaryMatch[]> {
  const byLanguage = matchCaches.get(glossary) ?? {};
  matchCaches.set(glossary, byLanguage);
  return (byLanguage[language] ??= new Map());
}

/**
 * One warning per distinct variant (as written -> canonical form), with how many times it occurs,
 * pointing at its first place. Params: found, canonical, count.
 */
export function glossaryFindings(release: Release, context: Pick<PreflightContext, 'glossary' | 'toneStyle'>): Finding[] {
  const entries = context.glossary ?? [];
  if (entries.length === 0) return [];
  const glossary = compiledGlossary(entries, context.toneStyle ?? 'traditional');
  const byVariant = new Map<string, { found: string; canonical: string; count: number; target: Target }>();
  const cache = matchCache(glossary, release.language);
  for (const { target, text } of proseUnits(release)) {
    let matches = cache.get(text);
    if (matches === undefined) {
      matches = findGlossaryVariants(text, glossary, release.language);
      if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
      cache.set(text, matches);
    }
    for (const m of matches) {
      const key = `${m.found}\u0000${m.canonical}`;
      const seen = byVariant.get(key);
      if (seen !== undefined) seen.count++;
      else byVariant.set(key, { found: m.found, canonical: m.canonical, count: 1, target });
    }
  }
  return [...byVariant.values()].slice(0, MAX_GLOSSARY_FINDINGS).map(({ found, canonical, count, target }) => ({
    ruleId: 'glossary.variant',
    severity: 'warning',
    params: { found, canonical, count },
    target,
  }));
}

export const glossaryRule: Rule = {
  id: 'glossary.variant',
  severity: 'warning',
  applies: () => true,
  check: (release, _now, context) => glossaryFindings(release, context),
};
