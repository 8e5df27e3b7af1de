// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitchenSinkReviewRelease, REVIEW_REVIEWER } from '../../core/document/kitchen-sink-review';
import { personKey } from '../../core/review/people';
import { suggestionsIn } from '../../core/review/suggestions';
import { attachEditor, loadDocument } from '../app/document-store';
import { refreshReviewList } from '../app/review-list';
import { buildExtensions } from '../editor/schema';
import { initI18n } from '../i18n';
import { ReviewPanel } from './review-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('ReviewPanel', () => {
  let root: Root;
  let host: HTMLElement;
  let editor: Editor;

  const items = (): string[] => [...host.querySelectorAll('.review-item')].map((li) => (li.classList.contains('review-thread') ? `t:${li.getAttribute('data-thread')}` : `s:${li.getAttribute('data-suggestion')}`));
  const summary = (): string | null => host.querySelector('[data-testid="review-summary"]')?.textContent ?? null;
  const choose = async (testId: string, value: string): Promise<void> => {
    const select = host.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`)!;
    await act(async () => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const click = async (selector: string): Promise<void> => {
    await act(async () => host.querySelector<HTMLButtonElement>(selector)!.click());
  };

  beforeAll(async () => {
    await initI18n('en');
    // Five open threads (one resolved is not listed), three suggestions by the reviewer.
    const { release } = kitchenSinkReviewRelease();
    expect(loadDocument({ release })).toBeNull();
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: release.body, injectCSS: false });
    attachEditor(editor);
    refreshReviewList();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(() => root.render(<ReviewPanel />));
  });
  afterAll(() => {
    act(() => root.unmount());
    editor.destroy();
  });

  it('lists every open thread and suggestion with counts, general first, then in reading order', () => {
    expect(summary()).toBe('Open comments: 5. Suggested edits: 3.');
    expect(items()).toEqual(['t:t-general', 't:t-org', 't:t-overlap', 's:s-ins', 's:s-del', 's:s-rep', 't:t-link', 't:t-removed']);
    expect(host.querySelector('[data-thread="t-removed"]')?.textContent).toContain('the commented text was deleted');
    expect(host.querySelector('[data-suggestion="s-rep"] .review-text')?.innerHTML).toBe('<del>phương hướng</del> → <ins>định hướng</ins>');
  });

  it('filters by kind and by reviewer', async () => {
    await choose('review-kind', 'suggestions');
    expect(items()).toEqual(['s:s-ins', 's:s-del', 's:s-rep']);
    await choose('review-kind', 'comments');
    await choose('review-author', personKey(REVIEW_REVIEWER));
    // The reviewer started t-org, t-overlap, t-general and t-removed; the author started t-link.
    expect(items()).toEqual(['t:t-general', 't:t-org', 't:t-overlap', 't:t-removed']);
    await choose('review-kind', 'all');
    await choose('review-author', '');
  });

  it('accepts one, then all by the chosen reviewer, in the editor, and the list follows', async () => {
    await click('[data-suggestion="s-del"] .review-accept');
    expect(editor.state.doc.textContent).not.toContain(' năm 2018');
    expect(summary()).toBe('Open comments: 5. Suggested edits: 2.');
    await choose('review-author', personKey(REVIEW_REVIEWER));
    expect(host.querySelector('.review-accept-all')?.textContent).toBe('Accept all by Trần Thị Bình');
    await click('.review-accept-all');
    expect(suggestionsIn(editor.state.doc)).toEqual([]);
    expect(editor.state.doc.textContent).toContain('tổng kết công tác');
    expect(editor.state.doc.textContent).toContain('triển khai định hướng, nhiệm vụ');
    expect(summary()).toBe('Open comments: 5. Suggested edits: 0.');
  });
});
