/**
 * The comments column beside the page: general threads under its header, then each anchored
 * thread level with its anchor (stacked without overlap), then the threads whose text was
 * removed. Positions are measured after the document settles (a short pause, then one animation
 * frame), never per keystroke: a 20,000-word release with 300 threads types as fast as without.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../core/document/release';
import { documentStore } from '../app/document-store';
import { useLocked } from '../app/signoff';
import { useStore } from '../lib/store';
import { paintAnchors } from './anchor-styles';
import { anchorStarts, cancelDraft, postDraft, startComment, startGeneralComment, threadsAt } from './comment-commands';
import { commentStore, setActiveThread } from './comment-state';
import { CommentBox, ThreadCard } from './thread-card';
import { addEditorMenuItems, EditorContextMenu } from './editor-context-menu';

const GAP = 8;
/** How long typing must pause before the column re-measures. */
const SETTLE_MS = 150;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The performance entry each column re-measure leaves. */
export const LAYOUT_MEASURE = 'pressdesk:comments-layout';
export const COMMENT_SHORTCUT = isMac ? '⌘⌥M' : 'Ctrl+Alt+M';

export function CommentsColumn({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const threads = useStore(documentStore, (s) => s.meta.threads);
  const active = useStore(commentStore, (s) => s.active);
  const showResolved = useStore(commentStore, (s) => s.showResolved);
  const draft = useStore(commentStore, (s) => s.draft);
  const locked = useLocked();
  /** The anchored thread ids in document order, as one string (a re-render only when the set or order changes). */
  const [anchoredKey, setAnchoredKey] = useState(() => [...anchorStarts(editor).keys()].join(' '));
  const area = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const starts = useRef(new Map<string, number>());

  const layout = useCallback(() => {
    if (editor.isDestroyed || area.current === null) return;
    // Named for the benches (performance.getEntriesByName): what one re-measure costs.
    const began = performance.now();
    starts.current = anchorStarts(editor);
    const key = [...starts.current.keys()].join(' ');
    setAnchoredKey((old) => (old === key ? old : key));
    // No card to place (no comments): nothing measured, so mounting the column forces no layout.
    const top = cards.current.size === 0 ? 0 : area.current.getBoundingClientRect().top;
    const placed: { el: HTMLElement; want: number }[] = [];
    const draftRange = commentStore.get().draft?.range;
    for (const [id, el] of cards.current) {
      const pos = id === commentStore.get().draft?.thread ? draftRange?.from : starts.current.get(id);
      if (pos === undefined || pos > editor.state.doc.content.size) continue;
      placed.push({ el, want: editor.view.coordsAtPos(pos).top - top });
    }
    placed.sort((a, b) => a.want - b.want);
    let bottom = 0;
    for (const { el, want } of placed) {
      const y = Math.max(want, bottom);
      el.style.top = `${Math.round(y)}px`;
      bottom = y + el.offsetHeight + GAP;
    }
    area.current.style.minHeight = `${Math.round(bottom)}px`;
    performance.measure(LAYOUT_MEASURE, { start: began });
  }, [editor]);

  // Re-measure once the document settles; typing only restarts a timer.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(layout);
      }, SETTLE_MS);
    };
    const onSelection = (): void => {
      const here = threadsAt(editor, editor.state.selection.from);
      if (here.length > 0) setActiveThread(here[0]!);
    };
    editor.on('update', schedule);
    editor.on('selectionUpdate', onSelection);
    const resize = new ResizeObserver(schedule);
    resize.observe(editor.view.dom);
    // The headline and sapo above the body grow too, moving every anchor down.
    const sheet = editor.view.dom.closest('.sheet');
    if (sheet !== null) resize.observe(sheet);
    editor.storage.comment.onAddComment = startComment;
    const removeItems = addEditorMenuItems((ed) => [
      { id: 'comment', label: t('comments.add'), shortcut: COMMENT_SHORTCUT, enabled: ed.isEditable && !ed.state.selection.empty, run: () => startComment(ed) },
    ]);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      editor.off('update', schedule);
      editor.off('selectionUpdate', onSelection);
      resize.disconnect();
      editor.storage.comment.onAddComment = null;
      removeItems();
    };
  }, [editor, layout, t]);

  // After React placed the cards (threads, focus, the draft or the filter changed): measure now.
  useLayoutEffect(layout, [layout, threads, active, showResolved, draft, anchoredKey]);
  useEffect(() => paintAnchors(threads, active), [threads, active]);

  const byId = new Map(threads.map((th) => [th.id, th]));
  const anchoredIds = anchoredKey === '' ? [] : anchoredKey.split(' ');
  const anchored = anchoredIds.map((id) => byId.get(id)).filter((th): th is Thread => th !== undefined && !th.general);
  const anchoredSet = new Set(anchoredIds);
  const general = threads.filter((th) => th.general);
  const orphans = threads.filter((th) => !th.general && !anchoredSet.has(th.id));
  const visible = (th: Thread): boolean => showResolved || th.resolved === null || th.id === active;
  const open = threads.filter((th) => th.resolved === null).length;
  const resolvedCount = threads.length - open;
  const ref = (id: string) => (el: HTMLElement | null) => {
    if (el === null) cards.current.delete(id);
    else cards.current.set(id, el);
  };
  const card = (th: Thread, orphan: boolean, positioned: boolean) =>
    visible(th) && <ThreadCard key={th.id} thread={th} orphan={orphan} active={th.id === active} editor={editor} cardRef={positioned ? ref(th.id) : undefined} />;

  return (
    <aside className="comments-column" aria-label={t('comments.column')}>
      <div className="comments-header">
        <h2>{t('comments.title', { count: open })}</h2>
        <button type="button" disabled={locked} onClick={startGeneralComment}>
          {t('comments.addGeneral')}
        </button>
        {resolvedCount > 0 && (
          <label className="comments-toggle">
            <input type="checkbox" checked={showResolved} onChange={(e) => commentStore.update((s) => ({ ...s, showResolved: e.target.checked }))} />
            {t('comments.showResolved', { count: resolvedCount })}
          </label>
        )}
      </div>
      {draft !== null && draft.range === null && (
        <section className="thread-card is-draft">
          <p className="thread-note">{t('comments.general')}</p>
          <CommentBox label={t('comments.newLabel')} submit={t('comments.post')} focus onSubmit={(text) => postDraft(editor, text)} onCancel={cancelDraft} />
        </section>
      )}
      {general.map((th) => card(th, false, false))}
      <div className="comments-anchored" ref={area}>
        {draft !== null && draft.range !== null && (
          <section className="thread-card is-draft" ref={ref(draft.thread)}>
            <blockquote className="thread-quote">{draft.range.quote.slice(0, 200)}</blockquote>
            <CommentBox label={t('comments.newLabel')} submit={t('comments.post')} focus onSubmit={(text) => postDraft(editor, text)} onCancel={cancelDraft} />
          </section>
        )}
        {anchored.map((th) => card(th, false, true))}
      </div>
      {orphans.map((th) => card(th, true, false))}
      <EditorContextMenu editor={editor} label={t('comments.menu')} />
    </aside>
  );
}
