import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { releaseSchema } from '../document/release';
import { contentHash } from './canonical';
import { canMove, moveWorkflow } from './workflow';

describe('moveWorkflow', () => {
  it('records every move in the audit log with the content hash at that moment', () => {
    const release = kitchenSinkRelease().release;
    const when = '2026-11-26T09:00:00+07:00';
    const reviewed = moveWorkflow(release, { to: 'in-review', who: 'Lê Thị Hoa', when, note: 'Nhờ anh duyệt' });
    const approved = moveWorkflow(reviewed, { to: 'approved', who: 'Nguyễn Văn An', when });
    const withdrawn = moveWorkflow(approved, { to: 'in-review', who: 'Nguyễn Văn An', when, note: 'Rút duyệt để sửa' });
    expect(withdrawn.workflow.state).toBe('in-review');
    expect(withdrawn.workflow.log.map((e) => [e.from, e.to, e.note])).toEqual([
      ['draft', 'in-review', 'Nhờ anh duyệt'],
      ['in-review', 'approved', ''],
      ['approved', 'in-review', 'Rút duyệt để sửa'],
    ]);
    expect(withdrawn.workflow.log.every((e) => e.contentHash === contentHash(release))).toBe(true);
    expect(releaseSchema.safeParse(withdrawn).success).toBe(true);
  });

  it('refuses moves the workflow does not allow', () => {
    expect(canMove('draft', 'approved')).toBe(false);
    expect(canMove('draft', 'published')).toBe(false);
    expect(() => moveWorkflow(kitchenSinkRelease().release, { to: 'published', who: 'x', when: '2026-11-26T09:00:00Z' })).toThrow(/cannot move/);
  });
});
