/**
 * Property: ANY single change to what is published — one character, one attribute, one image
 * (its bytes, hence its hash, or its dimensions) or one metadata field, anywhere — voids an
 * approval (content-changed), in thousands of generated releases; changes to threads, the
 * workflow or the approvals never do. Seeded, so a failure is reproducible.
 */
import { describe, expect, it } from 'vitest';
import { figureAssetHashes, NOTICE_AUTHORITIES, RELEASE_KINDS, type PmNode, type Release } from '../document/release';
import { generateLongRelease, seededRandom as random } from '../document/generate';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { sha256Hex } from '../document/sha256';
import { verifyApprovals } from './approval';
import { contentHash } from './canonical';
import { fakeSigner, fakeVerify } from './test-signer';

const SINK = kitchenSinkRelease().release;
const SINK_FIGURES = SINK.body.content.filter((n) => n.type === 'figure');
const SINK_LINK_PARAGRAPH = SINK.body.content.find((n) => JSON.stringify(n).includes('"link"'))!;

/** A small generated release (20–300 words), with the kitchen sink's figures and a link paragraph spliced in at random places. */
function generated(seed: number): Release {
  const rnd = random(seed);
  const base = generateLongRelease(20 + Math.floor(rnd() * 280), seed);
  const content = [...base.body.content];
  for (const node of [...SINK_FIGURES, SINK_LINK_PARAGRAPH]) {
    if (rnd() < 0.6) content.splice(Math.floor(rnd() * (content.length + 1)), 0, structuredClone(node));
  }
  const used = new Set(figureAssetHashes({ content }));
  const kind = RELEASE_KINDS[seed % 3]!;
  return {
    ...base,
    kind,
    subhead: rnd() < 0.5 ? '' : 'Tiêu đề phụ',
    contact: { name: 'Lê Thị Hoa', phone: rnd() < 0.5 ? '' : '0215 3825 000', email: 'vp@dienbien.gov.vn' },
    embargo: rnd() < 0.5 ? { mode: 'immediate' } : { mode: 'until', at: '2026-12-01T09:00:00+07:00' },
    notice: kind === 'notice' ? structuredClone(SINK.notice) : base.notice,
    body: { type: 'doc', content },
    assets: SINK.assets.filter((a) => used.has(a.hash)),
  };
}

type Mutation = (r: Release, rnd: () => number) => void;

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

/** A different string with exactly one character changed (or one added when empty). */
function changeOneChar(s: string, rnd: () => number): string {
  if (s.length === 0) return 'x';
  const i = Math.floor(rnd() * s.length);
  const replacement = pick(['x', 'Q', 'ạ', '7', ' ', 'đ'].filter((c) => c !== s[i]), rnd);
  return s.slice(0, i) + replacement + s.slice(i + 1);
}

function nodesOf(nodes: PmNode[]): PmNode[] {
  return nodes.flatMap((n) => [n, ...nodesOf(n.content ?? [])]);
}

const MUTATIONS: Record<string, Mutation> = {
  'a character in the body': (r, rnd) => {
    const texts = nodesOf(r.body.content).filter((n) => n.type === 'text');
    const node = pick(texts, rnd);
    node.text = changeOneChar(node.text!, rnd);
  },
  'a character in a metadata field': (r, rnd) => {
    const setters: ((f: (s: string) => string) => void)[] = [
      (f) => (r.headline = f(r.headline)),
      (f) => (r.subhead = f(r.subhead)),
      (f) => (r.sapo = f(r.sapo)),
      (f) => (r.boilerplate = f(r.boilerplate)),
      (f) => (r.dateline.place = f(r.dateline.place)),
      (f) => (r.author.penName = f(r.author.penName)),
      (f) => (r.contact.name = f(r.contact.name)),
      (f) => (r.contact.phone = f(r.contact.phone)),
      (f) => (r.contact.email = f(r.contact.email)),
      (f) => (r.notice.number = f(r.notice.number)),
      (f) => (r.notice.symbol = f(r.notice.symbol)),
      (f) => (r.notice.summary = f(r.notice.summary)),
      (f) => (r.notice.signerName = f(r.notice.signerName)),
      (f) => (r.notice.signatureLines = [{ authority: r.notice.signatureLines[0]?.authority ?? '', title: f(r.notice.signatureLines[0]?.title ?? 'GIÁM ĐỐC') }, ...r.notice.signatureLines.slice(1)]),
    ];
    pick(setters, rnd)((s) => changeOneChar(s, rnd));
  },
  'a metadata field': (r, rnd) => {
    const changes: (() => void)[] = [
      () => (r.kind = pick(RELEASE_KINDS.filter((k) => k !== r.kind), rnd)),
      () => (r.dateline.date = r.dateline.date === '2025-01-09' ? '2025-01-10' : '2025-01-09'),
      () => (r.embargo = r.embargo.mode === 'immediate' ? { mode: 'until', at: '2026-12-02T09:00:00+07:00' } : { mode: 'immediate' }),
      () => {
        const [first, ...rest] = r.notice.signatureLines;
        const authority = pick(NOTICE_AUTHORITIES.filter((a) => a !== (first?.authority ?? '')), rnd);
        r.notice.signatureLines = [{ authority, title: first?.title ?? '' }, ...rest];
      },
      () => r.notice.recipients.push('Lưu: VT'),
    ];
    pick(changes, rnd)();
  },
  'an attribute': (r, rnd) => {
    const all = nodesOf(r.body.content);
    const changes: (() => void)[] = [];
    for (const n of all) {
      if (n.type === 'heading') changes.push(() => (n.attrs = { ...n.attrs, level: n.attrs?.['level'] === 2 ? 3 : 2 }));
      if (n.type === 'figure') {
        const a = n.attrs!;
        changes.push(
          () => (n.attrs = { ...a, alt: changeOneChar(String(a['alt']), rnd) }),
          () => (n.attrs = { ...a, credit: changeOneChar(String(a['credit']), rnd) }),
          () => (n.attrs = { ...a, width: a['width'] === 'half' ? 'full' : 'half' }),
          () => (n.attrs = { ...a, align: a['align'] === 'left' ? 'right' : 'left' }),
          () => (n.attrs = { ...a, lead: a['lead'] !== true }),
        );
      }
      for (const m of n.marks ?? []) {
        if (m.type === 'link') changes.push(() => (m.attrs = { ...m.attrs, href: `${String(m.attrs?.['href'])}x` }));
      }
      if (n.type === 'text') changes.push(() => (n.marks = (n.marks ?? []).some((m) => m.type === 'italic') ? n.marks!.filter((m) => m.type !== 'italic') : [...(n.marks ?? []), { type: 'italic' }]));
    }
    pick(changes, rnd)();
  },
  'an image': (r, rnd) => {
    if (r.assets.length === 0) {
      r.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: '.' }] });
      return;
    }
    const asset = pick(r.assets, rnd);
    if (rnd() < 0.7) {
      // One byte of the photo changed: its sha256 (the asset hash) changes, and the figures follow it.
      const newHash = sha256Hex(`${asset.hash}${rnd()}`);
      for (const n of nodesOf(r.body.content)) if (n.type === 'figure' && n.attrs?.['asset'] === asset.hash) n.attrs = { ...n.attrs, asset: newHash };
      asset.hash = newHash;
    } else if (rnd() < 0.5) {
      asset.width += 1;
    } else {
      asset.ext = asset.ext === 'png' ? 'jpg' : 'png';
    }
  },
};

const HARMLESS: Mutation[] = [
  (r) => (r.workflow = { state: 'approved', log: [{ who: 'A', when: '2026-11-26T10:00:00+07:00', from: 'in-review', to: 'approved', note: 'ok', contentHash: contentHash(r) }] }),
  (r) => ((r as { threads: unknown[] }).threads = [{ id: 't1', comments: [{ text: 'Sửa câu này' }] }]),
  (r) => r.approvals.push(fakeSigner('other').approve(r)),
  (r) => (r.approvals[0]!.note = 'ghi chú'),
];

describe('tamper detection (property)', () => {
  const signer = fakeSigner('property');
  const releases = [SINK, ...Array.from({ length: 299 }, (_, i) => generated(i + 1))].map((r) => ({ ...r, approvals: [signer.approve(r)] }));

  it('detects 100% of single changes to published content in thousands of releases', () => {
    const names = Object.keys(MUTATIONS);
    const counts: Record<string, number> = {};
    let trials = 0;
    const missed: string[] = [];
    releases.forEach((release, index) => {
      const rnd = random(10_000 + index);
      for (let k = 0; k < 8; k++) {
        const name = names[(index + k) % names.length]!;
        const copy = structuredClone(release);
        MUTATIONS[name]!(copy, rnd);
        trials++;
        counts[name] = (counts[name] ?? 0) + 1;
        const verdict = verifyApprovals(copy, [signer.trusted], fakeVerify)[0]!.verdict;
        if (verdict !== 'content-changed') missed.push(`release ${index}, ${name}: ${verdict}`);
      }
    });
    expect(missed).toEqual([]);
    expect(trials).toBeGreaterThanOrEqual(2_400);
    for (const name of names) expect(counts[name]).toBeGreaterThan(400);
  });

  it('every release starts valid, and threads, workflow and approvals never change the hash', () => {
    releases.forEach((release, index) => {
      expect(verifyApprovals(release, [signer.trusted], fakeVerify)[0]!.verdict).toBe('valid');
      const copy = structuredClone(release);
      HARMLESS[index % HARMLESS.length]!(copy, random(index));
      expect(contentHash(copy)).toBe(contentHash(release));
    });
  });
});
