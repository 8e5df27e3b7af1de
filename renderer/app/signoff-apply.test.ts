import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '../../core/document/release';

// A bridge whose sign-off calls answer only when the test says so: edits land while they run.
function pendingBridge() {
  const answers: ((release: Release) => void)[] = [];
  const answer = () => new Promise((resolve) => answers.push((r) => resolve({ ok: true, value: r })));
  const api = {
    // Each answer is the release the test hands to answers[i].
    moveWorkflow: vi.fn(answer),
    approveRelease: vi.fn(answer),
    verifyRelease: vi.fn(() => new Promise(() => {})),
  };
  vi.stubGlobal('window', { pressdesk: api });
  return { api, answers };
}

describe('a sign-off call', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps a headline and sapo typed while it ran, taking only the workflow and approvals', async () => {
    const { answers } = pendingBridge();
    const { runSignoffAction } = await import('./signoff');
    const { documentStore, currentRelease, updateMeta } = await import('./document-store');
    updateMeta((m) => ({ ...m, headline: 'Trước', sapo: 'Sapo trước' }));

    const done = runSignoffAction('submit', '');
    updateMeta((m) => ({ ...m, headline: 'Gõ trong lúc chờ', sapo: 'Sapo mới' }));
    answers[0]!({ ...currentRelease(), headline: 'Trước', sapo: 'Sapo trước', workflow: { state: 'in-review', log: [] } });
    await Promise.race([done, new Promise((r) => setTimeout(r, 10))]);

    const { meta, dirty } = documentStore.get();
    expect(meta.headline).toBe('Gõ trong lúc chờ');
    expect(meta.sapo).toBe('Sapo mới');
    expect(meta.workflow.state).toBe('in-review');
    expect(dirty).toBe(true);
  });

  it('takes the approvals of the answer', async () => {
    const { answers } = pendingBridge();
    const { runSignoffAction } = await import('./signoff');
    const { documentStore, currentRelease } = await import('./document-store');
    const approval = { signerName: 'A', signerPosition: 'B' } as unknown as Release['approvals'][number];
    const done = runSignoffAction('approve', '');
    answers[0]!({ ...currentRelease(), approvals: [approval], workflow: { state: 'approved', log: [] } });
    await Promise.race([done, new Promise((r) => setTimeout(r, 10))]);
    expect(documentStore.get().meta.approvals).toEqual([approval]);
    expect(documentStore.get().meta.workflow.state).toBe('approved');
  });

  it('changes nothing when another document was loaded while it ran', async () => {
    const { answers } = pendingBridge();
    const { runSignoffAction } = await import('./signoff');
    const { blankRelease } = await import('./release-kinds');
    const { documentStore, loadDocument, currentRelease } = await import('./document-store');
    const done = runSignoffAction('submit', '');
    const sent = currentRelease();
    loadDocument({ release: { ...blankRelease('news'), headline: 'Tệp khác' } });
    answers[0]!({ ...sent, workflow: { state: 'in-review', log: [] } });
    await Promise.race([done, new Promise((r) => setTimeout(r, 10))]);
    expect(documentStore.get().meta.headline).toBe('Tệp khác');
    expect(documentStore.get().meta.workflow.state).toBe('draft');
    expect(documentStore.get().dirty).toBe(false);
  });
});
