import { afterEach, describe, expect, it } from 'vitest';
import { createRelease } from '../../core/document/release';
import type { ArticleReport } from '../../core/import/article';
import { articleNoticeStore, closeArticleNotice, showArticleNotice, undoRecognition } from './article-notice';
import { bodyChanged, loadDocument, updateMeta } from './document-store';

const REPORT: ArticleReport = { headline: 'Tít', caption: '', sapo: true, paragraphs: 3, penName: 'Giao Tuyến', leftOut: ['Phản hồi'], leftOutCount: 1 };

afterEach(() => closeArticleNotice());

describe('article notice', () => {
  it('undo runs once and then says it was undone', () => {
    let undone = 0;
    showArticleNotice(REPORT, () => undone++);
    expect(articleNoticeStore.get()).toEqual({ report: REPORT, canUndo: true, undone: false });
    undoRecognition();
    undoRecognition();
    expect(undone).toBe(1);
    expect(articleNoticeStore.get()).toMatchObject({ canUndo: false, undone: true });
  });

  it('an edit after the recognition ends the offer to undo (the body or a field)', () => {
    for (const edit of [bodyChanged, () => updateMeta((m) => ({ ...m, headline: 'Tít mới' }))]) {
      let undone = 0;
      showArticleNotice(REPORT, () => undone++);
      edit();
      expect(articleNoticeStore.get()?.canUndo).toBe(false);
      undoRecognition();
      expect(undone).toBe(0);
    }
  });

  it('another document closes the message', () => {
    showArticleNotice(REPORT, () => undefined);
    loadDocument({ release: createRelease('news') });
    expect(articleNoticeStore.get()).toBeNull();
  });
});
