/**
 * The review copy's comments and revision ids (issue 9): Word comments for `release.threads`
 * (author, initials, date; replies threaded by commentsExtended's w15:paraIdParent, resolved by
 * w15:done, both written by docx from `parentId` / `resolved`), and a counter for w:ins / w:del ids.
 *
 * A thread is one Word comment per PressDesk comment, every one with the same range (Word does
 * the same for replies). A range runs from the first run carrying the thread's mark to the last,
 * in document order, across paragraphs. A general thread (or one whose text is gone) has no
 * anchor: it is written as an empty range at the start of the body, which the importer reads back
 * as a general thread.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { PmNode, Release, ReleaseLanguage, Thread } from '../../document/release';
import { authorLabel } from '../../review/people';

export class ReviewLayer {
  private readonly ids = new Map<string, number[]>();
  private readonly remaining = new Map<string, number>();
  private readonly started = new Set<string>();
  private readonly ended = new Set<string>();
  private pendingGeneral: string[];
  private revision: number;
  private readonly threads: readonly Thread[];
  private readonly language: ReleaseLanguage;

  constructor(release: Pick<Release, 'body' | 'threads'> & Partial<Pick<Release, 'language'>>) {
    this.threads = release.threads;
    this.language = release.language ?? 'vi';
    let next = 0;
    for (const thread of release.threads) this.ids.set(thread.id, thread.comments.map(() => next++));
    countAnchors(release.body.content, this.remaining);
    this.pendingGeneral = release.threads.filter((t) => t.general || !this.remaining.has(t.id)).map((t) => t.id);
    for (const id of this.pendingGeneral) this.remaining.delete(id);
    this.revision = next;
  }

  /** The w:author of a comment or a tracked change: never empty (Word would show it anonymous), else the unnamed label. */
  authorName(name: string): string {
    return authorLabel(name, this.language);
  }

  /** A fresh w:id for a w:ins or w:del (after the comment ids: ids are unique across annotations). */
  nextRevisionId(): number {
    return this.revision++;
  }

  /** Comment ids whose range starts before this run (the thread's first run), else none. */
  startComment(thread: string): number[] {
    if (this.started.has(thread) || !this.remaining.has(thread)) return [];
    this.started.add(thread);
    return this.ids.get(thread) ?? [];
  }

  /** Comment ids whose range ends after this run (the thread's last run), else none. */
  endComment(thread: string): number[] {
    const left = this.remaining.get(thread);
    if (left === undefined) return [];
    if (left > 1) {
      this.remaining.set(thread, left - 1);
      return [];
    }
    this.remaining.delete(thread);
    this.ended.add(thread);
    return this.ids.get(thread) ?? [];
  }

  /** The runs that carry Word's comment reference marks, one per comment id. */
  references(ids: readonly number[]): ParagraphChild[] {
    return ids.map((id) => new TextRun({ children: [new CommentReference(id)] }));
  }

  /** General threads as empty ranges, once, at the first inline content of the body. */
  generalComments(): ParagraphChild[] {
    const ids = this.pendingGeneral.flatMap((t) => this.ids.get(t) ?? []);
    this.pendingGeneral = [];
    return [...ids.map((id) => new CommentRangeStart(id)), ...ids.map((id) => new CommentRangeEnd(id)), ...this.references(ids)];
  }

  /**
   * A last paragraph for anything the template never laid out (a body with no inline content, a
   * range whose last run was not exported), so every comment has a whole range; null when none.
   */
  finish(): Paragraph | null {
    const children = this.generalComments();
    for (const thread of this.started) {
      if (this.ended.has(thread)) continue;
      const ids = this.ids.get(thread) ?? [];
      children.push(...ids.map((id) => new CommentRangeEnd(id)), ...this.references(ids));
    }
    for (const [thread] of this.remaining) {
      if (this.started.has(thread)) continue;
      const ids = this.ids.get(thread) ?? [];
      children.push(...ids.map((id) => new CommentRangeStart(id)), ...ids.map((id) => new CommentRangeEnd(id)), ...this.references(ids));
    }
    this.remaining.clear();
    return children.length > 0 ? new Paragraph({ children }) : null;
  }

  /** Word's comments part: every comment, replies pointing at their thread's first. */
  comments(): ICommentOptions[] {
    return this.threads.flatMap((thread) => {
      const ids = this.ids.get(thread.id) ?? [];
      return thread.comments.map((c, i) => ({
        id: ids[i]!,
        author: this.authorName(c.by.name),
        initials: c.by.initials,
        date: new Date(c.at),
        children: c.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
        ...(i > 0 ? { parentId: ids[0]! } : {}),
        ...(thread.resolved !== null ? { resolved: true } : {}),
      }));
    });
  }
}

/** Inline nodes carrying each thread's comment mark (each becomes one run of the export). */
function countAnchors(nodes: readonly PmNode[] | undefined, into: Map<string, number>): void {
  for (const node of nodes ?? []) {
    if (node.content) countAnchors(node.content, into);
    if (node.type === 'text' ? (node.text ?? '') === '' : node.type !== 'hardBreak' && node.type !== 'footnote') continue;
    for (const mark of node.marks ?? []) {
      const thread = mark.type === 'comment' ? mark.attrs?.['thread'] : undefined;
      if (typeof thread === 'string') into.set(thread, (into.get(thread) ?? 0) + 1);
    }
  }
}
