import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { createRelease, type PmNode, type Release, type ReleaseKind } from '../document/release';
import { blockers, runPreflight, type RuleId } from './index';

/** Before the kitchen sink's embargo (2019-01-09 09:00 +07:00). */
const NOW = new Date('2019-01-08T08:00:00+07:00');
const HASH = 'a'.repeat(64);

const p = (text?: string): PmNode => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (attrs: Record<string, unknown>, caption?: string): PmNode => ({
  type: 'figure',
  attrs: { asset: HASH, alt: 'Ảnh hội nghị', credit: 'Ảnh: Minh Anh', width: 'full', align: 'center', lead: false, ...attrs },
  ...(caption === undefined ? {} : { content: [{ type: 'text', text: caption }] }),
});

/** A release of the kind that passes every rule; tests break one thing at a time. */
function good(kind: ReleaseKind, body: PmNode[] = [p('Sáng 8/1, hội nghị tổng kết diễn ra tại Điện Biên.')]): Release {
  const r = createRelease(kind, { place: 'Điện Biên', penName: 'Giao Tuyến', today: '2019-01-08' });
  return {
    ...r,
    headline: 'Hội nghị tổng kết công tác khoa giáo năm 2018',
    sapo: 'Sáng 8/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.',
    contact: { name: 'Lò Thị Hoa', phone: '0215 3825 123', email: '' },
    notice: { ...r.notice, number: '5', symbol: 'TC-UBND', signerName: 'Nguyễn Văn Thắng', recipients: ['Như trên', 'Lưu: VT'] },
    body: { type: 'doc', content: body },
    assets: [{ hash: HASH, ext: 'png', mime: 'image/png', width: 4, height: 3, bytes: 10 }],
  };
}

const ids = (r: Release, now = NOW): RuleId[] => runPreflight(r, now).map((f) => f.ruleId);

describe('runPreflight', () => {
  it.each(['news', 'press', 'notice'] as const)('a complete %s has no findings', (kind) => {
    expect(runPreflight(good(kind), NOW)).toEqual([]);
  });

  it('the kitchen sink has no blockers (and no findings) before its embargo', () => {
    const { release } = kitchenSinkRelease();
    expect(runPreflight(release, NOW)).toEqual([]);
  });

  it('a new, empty news article lists its blockers, blockers first, pointing at fields', () => {
    const results = runPreflight(createRelease('news'), NOW);
    expect(results.map((f) => f.ruleId)).toEqual(['headline.present', 'sapo.present', 'dateline.place', 'dateline.date', 'author.penName']);
    expect(results.map((f) => f.target)).toEqual([
      { field: 'headline' },
      { field: 'sapo' },
      { field: 'dateline.place' },
      { field: 'dateline.date' },
      { field: 'author.penName' },
    ]);
    expect(blockers(results)).toHaveLength(5);
  });

  it('blockers come before warnings', () => {
    const r = { ...good('press'), headline: 'x'.repeat(101), contact: { name: '', phone: '', email: '' } };
    const results = runPreflight(r, NOW);
    expect(results.map((f) => f.severity)).toEqual(['blocker', 'blocker', 'warning']);
    expect(blockers(results).map((f) => f.ruleId)).toEqual(['contact.name', 'contact.reach']);
  });

  it('headline: present (blocker) and within the kind limit (warning)', () => {
    expect(ids({ ...good('news'), headline: '   ' })).toEqual(['headline.present']);
    expect(ids({ ...good('press'), headline: 'x'.repeat(100) })).toEqual([]);
    const long = runPreflight({ ...good('press'), headline: 'ừ'.repeat(101) }, NOW);
    expect(long).toEqual([{ ruleId: 'headline.length', severity: 'warning', params: { length: 101, limit: 100 }, target: { field: 'headline' } }]);
    expect(ids({ ...good('news'), headline: 'x'.repeat(120) })).toEqual([]);
    expect(ids({ ...good('news'), headline: 'x'.repeat(121) })).toEqual(['headline.length']);
  });

  it('sapo is required for news only; the lede (first body paragraph) for press releases', () => {
    expect(ids({ ...good('news'), sapo: '' })).toEqual(['sapo.present']);
    expect(ids({ ...good('press'), sapo: '' })).toEqual([]);
    const noLede = good('press', [figure({}, 'Quang cảnh.'), p()]);
    const found = runPreflight(noLede, NOW);
    expect(found.map((f) => f.ruleId)).toEqual(['lede.present']);
    expect(found[0]!.target).toEqual({ bodyPos: 13 }); // the figure: 2 + "Quang cảnh.".length
    expect(ids(good('news', [p()]))).toEqual([]);
  });

  it('dateline place and date are blockers; an impossible date is a warning', () => {
    expect(ids({ ...good('notice'), dateline: { place: '', date: '2019-01-08' } })).toEqual(['dateline.place']);
    expect(ids({ ...good('notice'), dateline: { place: 'Điện Biên', date: '' } })).toEqual(['dateline.date']);
    expect(ids({ ...good('notice'), dateline: { place: 'Điện Biên', date: '2019-02-30' } })).toEqual(['dateline.dateValid']);
    expect(ids({ ...good('notice'), dateline: { place: 'Điện Biên', date: '2019-13-01' } })).toEqual(['dateline.dateValid']);
    expect(ids({ ...good('notice'), dateline: { place: 'Điện Biên', date: '2019-06-29' } })).toEqual([]);
  });

  it('author pen name is a blocker for news only', () => {
    const noAuthor = (k: ReleaseKind): Release => ({ ...good(k), author: { penName: '' } });
    expect(ids(noAuthor('news'))).toEqual(['author.penName']);
    expect(ids(noAuthor('press'))).toEqual([]);
    expect(ids(noAuthor('notice'))).toEqual([]);
  });

  it('every figure needs a caption, alt text and a credit, each pointing at the figure', () => {
    const body = [p('Mở đầu.'), figure({}, 'Đủ cả.'), figure({ alt: '', credit: ' ' })];
    const results = runPreflight(good('news', body), NOW);
    // p("Mở đầu.") is 2 + 7 = 9; the first figure 2 + 6 = 8; the second starts at 17.
    expect(results).toEqual([
      { ruleId: 'figure.caption', severity: 'blocker', params: { figure: 2 }, target: { bodyPos: 17, figureIndex: 1 } },
      { ruleId: 'figure.alt', severity: 'blocker', params: { figure: 2 }, target: { bodyPos: 17, figureIndex: 1 } },
      { ruleId: 'figure.credit', severity: 'blocker', params: { figure: 2 }, target: { bodyPos: 17, figureIndex: 1 } },
    ]);
  });

  it('press releases need a contact name and a phone or an email', () => {
    const press = good('press');
    expect(ids({ ...press, contact: { name: '', phone: '1', email: '' } })).toEqual(['contact.name']);
    expect(ids({ ...press, contact: { name: 'A', phone: '', email: '' } })).toEqual(['contact.reach']);
    expect(ids({ ...press, contact: { name: 'A', phone: '', email: 'a@b.vn' } })).toEqual([]);
    expect(ids({ ...good('news'), contact: { name: '', phone: '', email: '' } })).toEqual([]);
  });

  it('official notices need number, symbol, signer name and recipients', () => {
    const n = good('notice');
    expect(ids({ ...n, notice: { ...n.notice, number: '' } })).toEqual(['notice.number']);
    expect(ids({ ...n, notice: { ...n.notice, symbol: ' ' } })).toEqual(['notice.symbol']);
    expect(ids({ ...n, notice: { ...n.notice, signerName: '' } })).toEqual(['notice.signerName']);
    expect(ids({ ...n, notice: { ...n.notice, recipients: [] } })).toEqual(['notice.recipients']);
    expect(ids({ ...n, notice: { ...n.notice, recipients: ['', ' '] } })).toEqual(['notice.recipients']);
    expect(ids({ ...good('news'), notice: { ...n.notice, number: '', recipients: [] } })).toEqual([]);
  });

  it('an embargo must be a valid time in the future', () => {
    const at = (value: string): Release => ({ ...good('press'), embargo: { mode: 'until', at: value } });
    expect(ids(at('2019-01-09T09:00:00+07:00'))).toEqual([]);
    const past = runPreflight(at('2019-01-08T07:00:00+07:00'), NOW);
    expect(past).toEqual([{ ruleId: 'embargo.future', severity: 'blocker', params: { at: '2019-01-08T07:00:00+07:00', reason: 'past' }, target: { field: 'embargo' } }]);
    expect(runPreflight(at('soon'), NOW)[0]?.params['reason']).toBe('invalid');
    expect(ids(good('press'))).toEqual([]); // immediate release
  });

  it('text must be NFC everywhere: fields, body blocks and figure attributes', () => {
    const decomposed = 'Tỉnh ủy'.normalize('NFD');
    expect(runPreflight({ ...good('news'), sapo: decomposed }, NOW).map((f) => [f.ruleId, f.target])).toEqual([['text.nfc', { field: 'sapo' }]]);
    const body = [p('Một.'), { type: 'bulletList', content: [{ type: 'listItem', content: [p(decomposed)] }] }, figure({ alt: decomposed }, 'Ảnh.')];
    const found = runPreflight(good('news', body), NOW).filter((f) => f.ruleId === 'text.nfc');
    // p("Một.") = 6; bulletList opens at 6, listItem at 7, its paragraph at 8; the list is 2 + 2 + 2 + 9 (decomposed, 9 units) = 15; the figure at 21.
    expect(decomposed).toHaveLength(9);
    expect(found.map((f) => f.target)).toEqual([{ bodyPos: 8 }, { bodyPos: 21, figureIndex: 0 }]);
  });

  it('warns about a mix of traditional and reformed tone placement, pointing at the less used style', () => {
    expect(ids(good('news', [p('Tỉnh ủy, văn hóa, sức khỏe.')]))).toEqual([]);
    // good() has "Tỉnh ủy" in its sapo: a reformed body mixes with it.
    expect(ids({ ...good('news', [p('Tỉnh uỷ, văn hoá, sức khoẻ.')]), sapo: 'Tỉnh uỷ.' })).toEqual([]);
    expect(ids(good('news', [p('Tỉnh uỷ, văn hoá, sức khoẻ.')]))).toEqual(['text.toneMix']);
    const mixed = runPreflight({ ...good('news', [p('Một.'), p('Tỉnh ủy, văn hóa và sức khoẻ.')]) }, NOW);
    expect(mixed).toEqual([
      {
        ruleId: 'text.toneMix',
        severity: 'warning',
        // The sapo says "Tỉnh ủy" too: three traditional, one reformed (in the body's second paragraph, at 6).
        params: { traditional: 'ủy', reformed: 'khoẻ', traditionalCount: 3, reformedCount: 1, preferred: '' },
        target: { bodyPos: 6 },
      },
    ]);
  });
});

describe('preflight cost', () => {
  it('a 20,000-word release with photos is checked in well under the idle interval', async () => {
    const { generateLongRelease } = await import('../document/generate');
    const release = generateLongRelease(20_000, 30);
    runPreflight(release, NOW); // warm up
    const start = performance.now();
    const results = runPreflight(release, NOW);
    const ms = performance.now() - start;
    expect(Array.isArray(results)).toBe(true);
    expect(ms).toBeLessThan(250);
  });
});
