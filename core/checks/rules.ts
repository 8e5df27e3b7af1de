/**
 * Preflight rules as data: each rule says which kinds it applies to and returns findings, each
 * pointing at a place (a metadata field, or a body node by its ProseMirror position). Pure: no
 * DOM, no clock (the time is passed in), so the renderer, the CLI and the tests share them.
 *
 * Severity: a `blocker` stops approval; a `warning` is shown but does not.
 * Headline length limits (warnings, not blockers: the limit is wire/portal guidance, and real
 * published Vietnamese portal headlines run past it; an editor may choose a long one knowingly):
 * press releases 100 characters (wire guidance, DOMAIN.md), news articles 120 (portal titles,
 * which carry a "Place: ..." lead-in), official notices 200 (the summary line carries the subject).
 */
import { figureAttrs } from '../document/figure';
import { parseIsoDate, vietnameseOfficialDate } from '../vi/dates';
import type { PmNode, Release, ReleaseKind } from '../document/release';
import type { DocxTemplate, ExportOrganisation } from '../export/types';
import { organisationRule } from './organisation';
import { blockNodes, inlineText, nodeSize, type PositionedNode } from './positions';
import { reviewRule } from './review';
import { tableWidthRule } from './table-width';
import { glossaryRule, toneStyleRule } from './text-style';
import type { GlossaryEntry } from '../vi/glossary';
import type { ToneStyle } from '../vi/tone-style';

export type Severity = 'blocker' | 'warning';

export type FieldName =
  | 'headline'
  | 'subhead'
  | 'sapo'
  | 'dateline.place'
  | 'dateline.date'
  | 'author.penName'
  | 'leadPhoto'
  | 'contact.name'
  | 'contact.email'
  | 'contact.phone'
  | 'embargo'
  | 'boilerplate'
  | 'notice.number'
  | 'notice.symbol'
  | 'notice.summary'
  | 'notice.signatureLines'
  | 'notice.signerName'
  | 'notice.recipients';

/** A metadata field, a body node, or (what the release cannot hold) a part of Settings. */
export type Target = { field: FieldName } | { bodyPos: number; figureIndex?: number } | { settings: 'organisation' };

export type ParamValue = string | number;

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Values for the message (the UI turns ruleId + params into a sentence). */
  params: Record<string, ParamValue>;
  target: Target;
}

/** A finding as the preflight reports it (the same shape; the name the issue uses). */
export type CheckResult = Finding;

/** What preflight needs beyond the release and the time. */
export interface PreflightContext {
  /** This installation's organisation (Settings); unknown (null or absent) means its rule finds nothing. */
  organisation?: ExportOrganisation | null;
  /** The layout about to be exported; by default the kind's own under the organisation's rulebook. */
  template?: DocxTemplate;
  /** The organisation's glossary of official names (Settings); absent, its rule finds nothing. */
  glossary?: readonly GlossaryEntry[];
  /** The organisation's preferred tone placement; absent, only a mix of both is warned about. */
  toneStyle?: ToneStyle;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  applies(kind: ReleaseKind): boolean;
  check(release: Release, now: Date, context: PreflightContext): Finding[];
}

export const RULE_IDS = [
  'headline.present',
  'headline.length',
  'sapo.present',
  'lede.present',
  'dateline.place',
  'dateline.date',
  'dateline.dateValid',
  'author.penName',
  'figure.caption',
  'figure.alt',
  'figure.credit',
  'leadPhoto.missing',
  'contact.name',
  'contact.reach',
  'notice.number',
  'notice.symbol',
  'notice.signerName',
  'notice.recipients',
  'embargo.future',
  'organisation.missing',
  'text.nfc',
  'text.toneMix',
  'glossary.variant',
  'review.open',
  'table.width',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const HEADLINE_LIMITS: Record<ReleaseKind, number> = { press: 100, news: 120, notice: 200 };

const blank = (s: string): boolean => s.trim() === '';
const all = (): boolean => true;
const only =
  (...kinds: ReleaseKind[]) =>
  (kind: ReleaseKind): boolean =>
    kinds.includes(kind);

/** Characters as a person counts them (code points, not UTF-16 units). */
const charCount = (s: string): number => [...s.trim()].length;

function fieldRule(id: RuleId, field: FieldName, applies: (k: ReleaseKind) => boolean, value: (r: Release) => string): Rule {
  return {
    id,
    severity: 'blocker',
    applies,
    check: (r) => (blank(value(r)) ? [{ ruleId: id, severity: 'blocker', params: {}, target: { field } }] : []),
  };
}

interface Located {
  target: Target;
  text: string;
}

/** Every piece of text in the release with the place it lives: metadata fields, then body blocks and figure attributes. */
export function textLocations(release: Release, blocks: PositionedNode[] = blockNodes(release.body)): Located[] {
  const n = release.notice;
  const out: Located[] = [
    { target: { field: 'headline' }, text: release.headline },
    { target: { field: 'subhead' }, text: release.subhead },
    { target: { field: 'sapo' }, text: release.sapo },
    { target: { field: 'dateline.place' }, text: release.dateline.place },
    { target: { field: 'author.penName' }, text: release.author.penName },
    { target: { field: 'leadPhoto' }, text: release.leadPhoto ? `${release.leadPhoto.caption}\n${release.leadPhoto.credit}` : '' },
    { target: { field: 'contact.name' }, text: release.contact.name },
    { target: { field: 'contact.phone' }, text: release.contact.phone },
    { target: { field: 'contact.email' }, text: release.contact.email },
    { target: { field: 'embargo' }, text: release.embargo.mode === 'until' ? release.embargo.at : '' },
    { target: { field: 'boilerplate' }, text: release.boilerplate },
    { target: { field: 'notice.number' }, text: n.number },
    { target: { field: 'notice.symbol' }, text: n.symbol },
    { target: { field: 'notice.summary' }, text: n.summary },
    { target: { field: 'notice.signatureLines' }, text: n.signatureLines.map((l) => l.title).join('\n') },
    { target: { field: 'notice.signerName' }, text: n.signerName },
    { target: { field: 'notice.recipients' }, text: n.recipients.join('\n') },
  ];
  let figureIndex = 0;
  for (const { node, pos } of blocks) {
    if (node.type === 'figure') {
      const a = figureAttrs(node);
      out.push({ target: { bodyPos: pos, figureIndex }, text: [inlineText(node), a.alt, a.credit].join('\n') });
      figureIndex++;
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      out.push({ target: { bodyPos: pos }, text: inlineText(node) });
    }
    // Link targets are text too, but not prose: NFC is checked on the marks below.
    for (const child of node.content ?? []) {
      for (const mark of child.marks ?? []) {
        const href = mark.attrs?.['href'];
        if (typeof href === 'string') out.push({ target: { bodyPos: pos }, text: href });
      }
    }
  }
  return out;
}

function figures(release: Release): { node: PmNode; pos: number; index: number }[] {
  return blockNodes(release.body)
    .filter((b) => b.node.type === 'figure')
    .map((b, index) => ({ ...b, index }));
}

function figureRule(id: RuleId, missing: (node: PmNode) => boolean): Rule {
  return {
    id,
    severity: 'blocker',
    applies: all,
    check: (r) =>
      figures(r)
        .filter((f) => missing(f.node))
        .map((f) => ({ ruleId: id, severity: 'blocker', params: { figure: f.index + 1 }, target: { bodyPos: f.pos, figureIndex: f.index } })),
  };
}

/** A quote for a message: the first 60 characters, cut at a word, with … when longer. */
function shortQuote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 60 ? t : `${t.slice(0, 60).replace(/\s+\S*$/u, '')}…`;
}

/** A real calendar date `YYYY-MM-DD` (2019-02-30 is not). */
export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The place-date line's date part as Decree 30 / Guideline 36 want it: day < 10 and months 1–2 zero-padded. */
const PLACE_DATE_LINE = /^ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/;

/** At most this many NFC findings (one per place): a decomposed paste usually hits many blocks at once. */
const MAX_NFC_FINDINGS = 20;

const nfcRule: Rule = {
  id: 'text.nfc',
  severity: 'blocker',
  applies: all,
  check(r) {
    const out: Finding[] = [];
    for (const { target, text } of textLocations(r)) {
      if (text === '' || text.normalize('NFC') === text) continue;
      out.push({ ruleId: 'text.nfc', severity: 'blocker', params: {}, target });
      if (out.length >= MAX_NFC_FINDINGS) break;
    }
    return out;
  },
};

export const RULES: readonly Rule[] = [
  fieldRule('headline.present', 'headline', all, (r) => r.headline),
  {
    id: 'headline.length',
    severity: 'warning',
    applies: all,
    check(r) {
      const limit = HEADLINE_LIMITS[r.kind];
      const length = charCount(r.headline);
      return length > limit ? [{ ruleId: 'headline.length', severity: 'warning', params: { length, limit }, target: { field: 'headline' } }] : [];
    },
  },
  fieldRule('sapo.present', 'sapo', only('news'), (r) => r.sapo),
  {
    id: 'lede.present',
    severity: 'blocker',
    applies: only('press'),
    check(r) {
      // The lede is the first paragraph of the body (headings, photos and tables may come before
      // it); a table's cells are not it, or an empty top-left cell would block the release.
      const blocks = blockNodes(r.body);
      const tables = blocks.filter((b) => b.node.type === 'table').map((b) => ({ from: b.pos, to: b.pos + nodeSize(b.node) }));
      const first = blocks.find((b) => b.node.type === 'paragraph' && !tables.some((t) => b.pos > t.from && b.pos < t.to));
      if (first !== undefined && !blank(inlineText(first.node))) return [];
      return [{ ruleId: 'lede.present', severity: 'blocker', params: {}, target: { bodyPos: first?.pos ?? 0 } }];
    },
  },
  fieldRule('dateline.place', 'dateline.place', all, (r) => r.dateline.place),
  fieldRule('dateline.date', 'dateline.date', all, (r) => r.dateline.date),
  {
    id: 'dateline.dateValid',
    severity: 'warning',
    applies: all,
    check(r) {
      const date = r.dateline.date;
      if (date === '') return []; // dateline.date reports the missing date
      // The line the official templates print (core/vi/dates, the one place the zero-padding rule lives).
      const parts = parseIsoDate(date);
      if (parts !== null && isValidIsoDate(date) && PLACE_DATE_LINE.test(vietnameseOfficialDate(parts))) return [];
      return [{ ruleId: 'dateline.dateValid', severity: 'warning', params: { date }, target: { field: 'dateline.date' } }];
    },
  },
  fieldRule('author.penName', 'author.penName', only('news'), (r) => r.author.penName),
  figureRule('figure.caption', (n) => blank(inlineText(n))),
  figureRule('figure.alt', (n) => blank(figureAttrs(n).alt)),
  figureRule('figure.credit', (n) => blank(figureAttrs(n).credit)),
  {
    // A recognised article's lead photo still to insert (its caption waits in the slot). A warning:
    // the slot prints nothing, so nothing wrong goes out; but the article came with a photo.
    id: 'leadPhoto.missing',
    severity: 'warning',
    applies: all,
    check: (r) =>
      r.leadPhoto ? [{ ruleId: 'leadPhoto.missing', severity: 'warning', params: { caption: shortQuote(r.leadPhoto.caption) }, target: { field: 'leadPhoto' } }] : [],
  },
  fieldRule('contact.name', 'contact.name', only('press'), (r) => r.contact.name),
  {
    id: 'contact.reach',
    severity: 'blocker',
    applies: only('press'),
    check: (r) =>
      blank(r.contact.phone) && blank(r.contact.email) ? [{ ruleId: 'contact.reach', severity: 'blocker', params: {}, target: { field: 'contact.phone' } }] : [],
  },
  fieldRule('notice.number', 'notice.number', only('notice'), (r) => r.notice.number),
  fieldRule('notice.symbol', 'notice.symbol', only('notice'), (r) => r.notice.symbol),
  fieldRule('notice.signerName', 'notice.signerName', only('notice'), (r) => r.notice.signerName),
  fieldRule('notice.recipients', 'notice.recipients', only('notice'), (r) => r.notice.recipients.join('')),
  {
    id: 'embargo.future',
    severity: 'blocker',
    applies: all,
    check(r, now) {
      if (r.embargo.mode !== 'until') return [];
      const at = Date.parse(r.embargo.at);
      if (Number.isNaN(at)) return [{ ruleId: 'embargo.future', severity: 'blocker', params: { at: r.embargo.at, reason: 'invalid' }, target: { field: 'embargo' } }];
      if (at > now.getTime()) return [];
      return [{ ruleId: 'embargo.future', severity: 'blocker', params: { at: r.embargo.at, reason: 'past' }, target: { field: 'embargo' } }];
    },
  },
  organisationRule,
  nfcRule,
  toneStyleRule,
  glossaryRule,
  reviewRule,
  tableWidthRule,
];
