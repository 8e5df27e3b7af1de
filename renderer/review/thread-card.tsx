/**
 * One thread in the comments column: the quote (for a thread whose text was removed), each
 * comment with its author's initials badge in their colour, name and time; reply, edit and
 * delete one's own, resolve and reopen.
 */
import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { Comment, Thread } from '../../core/document/release';
import { authorColour, samePerson } from '../../core/review/people';
import { formatDateTime } from '../lib/date-format';
import { ensureAuthorName, hasAuthorName } from './ask-name';
import { deleteOwn, editOwn, reopen, replyTo, resolve, revealAnchor } from './comment-commands';
import { setActiveThread } from './comment-state';
import { currentPerson } from './current-person';

/** A text box with Post and Cancel; Ctrl+Enter posts, Escape cancels. */
export function CommentBox({
  label,
  initial = '',
  submit,
  focus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  submit: string;
  /** Take the focus when shown (a new comment, an edit), never for a reply box that appears as the caret moves. */
  focus?: boolean;
  /** True once posted (the box empties); a promise when it first asks (the profile's name). */
  onSubmit: (text: string) => boolean | Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const post = (): void => {
    if (text.trim() === '') return;
    const posted = onSubmit(text);
    if (posted === true) setText('');
    else if (posted !== false) void posted.then((ok) => ok && setText(''));
  };
  return (
    <div className="comment-box">
      <textarea
        aria-label={label}
        placeholder={label}
        value={text}
        maxLength={10_000}
        rows={2}
        autoFocus={focus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            post();
          } else if (e.key === 'Escape' && onCancel !== undefined) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-box-actions">
        <button type="button" className="primary" disabled={text.trim() === ''} onClick={post}>
          {submit}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}

export function Badge({ comment }: { comment: Pick<Comment, 'by'> }) {
  const badge = (el: HTMLSpanElement | null): void => {
    // The author's colour through CSSOM (the CSP allows no style attributes).
    if (el !== null) el.style.backgroundColor = authorColour(comment.by).ink;
  };
  return (
    <span ref={badge} className="comment-badge" aria-hidden="true">
      {comment.by.initials || '?'}
    </span>
  );
}

function CommentView({ thread, comment, first, editor }: { thread: Thread; comment: Comment; first: boolean; editor: Editor }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mine = samePerson(comment.by, currentPerson());
  return (
    <li className="comment">
      <div className="comment-head">
        <Badge comment={comment} />
        <span className="comment-author">{comment.by.name || t('suggest.unnamed')}</span>
        <time className="comment-time" dateTime={comment.at}>
          {formatDateTime(comment.at, i18n.language)}
          {comment.edited !== null && ` · ${t('comments.edited')}`}
        </time>
      </div>
      {editing ? (
        <CommentBox label={t('comments.editLabel')} initial={comment.text} focus submit={t('comments.save')} onSubmit={(text) => editOwn(thread.id, comment.id, text) && (setEditing(false), true)} onCancel={() => setEditing(false)} />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {mine && !editing && (
        <div className="comment-own-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => deleteOwn(editor, thread.id, comment.id)}>
            {first ? t('comments.deleteThread') : t('comments.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function ThreadCard({ thread, orphan, active, editor, cardRef }: { thread: Thread; orphan: boolean; active: boolean; editor: Editor; cardRef?: (el: HTMLElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const resolved = thread.resolved;
  const focusThread = (): void => {
    if (thread.general || orphan) setActiveThread(thread.id);
    else revealAnchor(editor, thread.id);
  };
  let note: ReactNode = null;
  if (orphan) note = <p className="thread-note">{t('comments.textRemoved')}</p>;
  else if (thread.general) note = <p className="thread-note">{t('comments.general')}</p>;
  return (
    <section
      ref={cardRef}
      className={`thread-card${active ? ' is-active' : ''}${resolved !== null ? ' is-resolved' : ''}${orphan ? ' is-orphan' : ''}`}
      data-thread={thread.id}
      aria-label={t('comments.threadLabel', { name: thread.comments[0]!.by.name, text: thread.comments[0]!.text.slice(0, 60) })}
      // Focusable: Enter on a thread shows its anchor, as a click does.
      tabIndex={0}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button, textarea') !== null) return;
        focusThread();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) focusThread();
      }}
    >
      {note}
      {(orphan || (thread.quote !== '' && active)) && <blockquote className="thread-quote">{thread.quote}</blockquote>}
      <ol className="thread-comments">
        {thread.comments.map((c, i) => (
          <CommentView key={c.id} thread={thread} comment={c} first={i === 0} editor={editor} />
        ))}
      </ol>
      {resolved !== null ? (
        <div className="thread-actions">
          <span className="thread-resolved">{t('comments.resolvedBy', { name: resolved.by.name, at: formatDateTime(resolved.at, i18n.language) })}</span>
          <button type="button" onClick={() => reopen(thread.id)}>
            {t('comments.reopen')}
          </button>
        </div>
      ) : (
        <>
          {active && <CommentBox label={t('comments.replyLabel')} submit={t('comments.reply')} onSubmit={(text) => (hasAuthorName() ? replyTo(thread.id, text) : ensureAuthorName().then((ok) => ok && replyTo(thread.id, text)))} />}
          <div className="thread-actions">
            <button type="button" onClick={() => resolve(thread.id)}>
              {t('comments.resolve')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
