import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { releaseSchema } from '../document/release';
import { contentHash } from './canonical';
import { fakeSigner } from './test-signer';
import { approvedContentHash, canMove, editedWhileLocked, isLockedState, moveWorkflow } from './workflow';

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

describe('the approval lock', () => {
  const when = '2026-11-26T09:00:00+07:00';
  const approved = () => {
    const release = kitchenSinkRelease().release;
    const reviewed = moveWorkflow(release, { to: 'in-review', who: 'Lê Thị Hoa', when });
    const signed = { ...reviewed, approvals: [fakeSigner('a').approve(reviewed)] };
    return moveWorkflow(signed, { to: 'approved', who: 'Nguyễn Văn An', when });
  };

  it('locks Approved and Published only', () => {
    expect(['draft', 'in-review', 'changes-requested', 'approved', 'published'].filter((s) => isLockedState(s as never))).toEqual(['approved', 'published']);
  });

  it('holds the release to the content the latest move into Approved recorded', () => {
    const release = approved();
    expect(approvedContentHash(release)).toBe(contentHash(release));
    expect(editedWhileLocked(release)).toBe(false);
    expect(editedWhileLocked({ ...release, headline: release.headline + '!' })).toBe(true);
    // What is not published (approvals, the log) is no edit: a second approval saves.
    expect(editedWhileLocked({ ...release, approvals: [...release.approvals, fakeSigner('b').approve(release)] })).toBe(false);
    const published = moveWorkflow(release, { to: 'published', who: 'Nguyễn Văn An', when });
    expect(editedWhileLocked(published)).toBe(false);
    expect(editedWhileLocked({ ...published, sapo: 'Khác' })).toBe(true);
  });

  it('unlocks on withdrawal, and a later approval of new content replaces the old hash', () => {
    const withdrawn = moveWorkflow(approved(), { to: 'in-review', who: 'Nguyễn Văn An', when, note: 'Rút duyệt để sửa' });
    const edited = { ...withdrawn, headline: 'Tiêu đề mới' };
    expect(editedWhileLocked(edited)).toBe(false);
    const reapproved = moveWorkflow({ ...edited, approvals: [...edited.approvals, fakeSigner('a').approve(edited)] }, { to: 'approved', who: 'Nguyễn Văn An', when });
    expect(approvedContentHash(reapproved)).toBe(contentHash(edited));
    expect(editedWhileLocked(reapproved)).toBe(false);
  });

  it('without the log entry falls back to the latest approval; with neither, a locked release counts as edited', () => {
    const release = approved();
    const noLog = { ...release, workflow: { state: 'approved' as const, log: [] } };
    expect(approvedContentHash(noLog)).toBe(release.approvals[0]!.contentHash);
    expect(editedWhileLocked(noLog)).toBe(false);
    expect(editedWhileLocked({ ...noLog, headline: 'x' })).toBe(true);
    const bare = { ...noLog, approvals: [] };
    expect(approvedContentHash(bare)).toBeNull();
    expect(editedWhileLocked(bare)).toBe(true);
    expect(editedWhileLocked({ ...bare, workflow: { state: 'in-review' as const, log: [] } })).toBe(false);
  });
});
