/**
 * The Review tab: every open comment thread and suggested edit, with counts, filtered by reviewer
 * and kind, in the order they appear in the text (general threads first). Clicking an item puts
 * the cursor on its text; each suggestion has Accept and Reject, and the list has Accept all /
 * Reject all (for the chosen reviewer only, when one is chosen) — each one undo step.
 */
import type { ChainedCommands } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../core/document/release';
import { personKey } from '../../core/review/people';
import type { Suggestion } from '../../core/review/suggestions';
import { currentEditor } from '../app/document-store';
import { asPerson, refreshReviewList, reviewListStore } from '../app/review-list';
import { useLocked } from '../app/signoff';
import { formatDateTime } from '../lib/date-format';
import { useStore } from '../lib/store';

type Kind = 'all' | 'comments' | 'suggestions';

/** At most this many characters of a suggestion's or comment's text in the list. */
const EXCERPT = 80;
const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

function goTo(pos: number): void {
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed) return;
  editor.chain().focus().setTextSelection(Math.min(pos + 1, editor.state.doc.content.size)).scrollIntoView().run();
}

/** Runs an accept/reject command, then reads the list again at once (not after the edit pause). */
function settle(run: (chain: ChainedCommands) => ChainedCommands): void {
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed) return;
  run(editor.chain().focus()).run();
  refreshReviewList();
}

interface Person {
  key: string;
  name: string;
}

function SuggestionItem({ s, locked }: { s: Suggestion; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const who = s.author.name || t('suggest.unnamed');
  return (
    <li className="review-item review-suggestion" data-suggestion={s.id} data-kind={s.kind}>
      <button type="button" className="review-goto" onClick={() => goTo(s.from)}>
        <span className="review-who" data-author={personKey(asPerson(s.author))}>
          {who}
        </span>{' '}
        <span className="review-kind">{t(`suggest.${s.kind}`)}</span>{' '}
        <span className="review-time">{formatDateTime(s.at, i18n.language)}</span>
        <span className="review-text">
          {s.deleted !== '' && <del>{excerpt(s.deleted)}</del>}
          {s.deleted !== '' && s.inserted !== '' && ' → '}
          {s.inserted !== '' && <ins>{excerpt(s.inserted)}</ins>}
        </span>
      </button>
      <span className="review-actions">
        <button type="button" className="review-accept" disabled={locked} onClick={() => settle((c) => c.acceptSuggestion(s.id))}>
          {t('suggest.accept')}
        </button>
        <button type="button" className="review-reject" disabled={locked} onClick={() => settle((c) => c.rejectSuggestion(s.id))}>
          {t('suggest.reject')}
        </button>
      </span>
    </li>
  );
}

function ThreadItem({ thread, pos }: { thread: Thread; pos: number | null }) {
  const { t, i18n } = useTranslation();
  const first = thread.comments[0]!;
  const where = thread.general ? t('suggest.general') : pos === null ? t('suggest.textRemoved') : `“${excerpt(thread.quote)}”`;
  const content = (
    <>
      <span className="review-who" data-author={personKey(first.by)}>
        {first.by.name || t('suggest.unnamed')}
      </span>{' '}
      <span className="review-kind">{t('suggest.comment')}</span> <span className="review-time">{formatDateTime(first.at, i18n.language)}</span>
      <span className="review-where">{where}</span>
      <span className="review-text">{excerpt(first.text)}</span>
      {thread.comments.length > 1 && <span className="review-replies">{t('suggest.replies', { count: thread.comments.length - 1 })}</span>}
    </>
  );
  return (
    <li className="review-item review-thread" data-thread={thread.id}>
      {pos === null ? (
        <div className="review-goto">{content}</div>
      ) : (
        <button type="button" className="review-goto" onClick={() => goTo(pos)}>
          {content}
        </button>
      )}
    </li>
  );
}

export function ReviewPanel() {
  const { t } = useTranslation();
  const { suggestions, threads, anchors } = useStore(reviewListStore, (s) => s);
  const locked = useLocked();
  const [authorKey, setAuthorKey] = useState('');
  const [kind, setKind] = useState<Kind>('all');

  const people = new Map<string, Person>();
  for (const s of suggestions) people.set(personKey(asPerson(s.author)), { key: personKey(asPerson(s.author)), name: s.author.name || t('suggest.unnamed') });
  for (const th of threads) people.set(personKey(th.comments[0]!.by), { key: personKey(th.comments[0]!.by), name: th.comments[0]!.by.name || t('suggest.unnamed') });
  const chosen = people.get(authorKey);
  const byChosen = (key: string): boolean => chosen === undefined || key === chosen.key;

  const shownSuggestions = kind === 'comments' ? [] : suggestions.filter((s) => byChosen(personKey(asPerson(s.author))));
  const shownThreads = kind === 'suggestions' ? [] : threads.filter((th) => byChosen(personKey(th.comments[0]!.by)));
  // One list in reading order: general threads first, then by where each starts in the body.
  const items = [
    ...shownThreads.map((thread) => ({ at: thread.general ? -1 : (anchors.get(thread.id) ?? Number.MAX_SAFE_INTEGER), thread, suggestion: null })),
    ...shownSuggestions.map((suggestion) => ({ at: suggestion.from, thread: null, suggestion })),
  ].sort((a, b) => a.at - b.at);
  const sample = shownSuggestions[0]?.author;
  const scope = chosen !== undefined && sample !== undefined ? sample : undefined;

  return (
    <section className="review-panel" aria-label={t('suggest.list')}>
      <p className="review-summary" data-testid="review-summary" aria-live="polite">
        {t('suggest.summary', { comments: threads.length, suggestions: suggestions.length })}
      </p>
      <div className="review-filters">
        <label>
          {t('suggest.filterAuthor')}{' '}
          <select value={chosen?.key ?? ''} onChange={(e) => setAuthorKey(e.target.value)} data-testid="review-author">
            <option value="">{t('suggest.everyone')}</option>
            {[...people.values()].map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('suggest.filterKind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="review-kind">
            <option value="all">{t('suggest.kindAll')}</option>
            <option value="comments">{t('suggest.kindComments')}</option>
            <option value="suggestions">{t('suggest.kindSuggestions')}</option>
          </select>
        </label>
      </div>
      {shownSuggestions.length > 0 && (
        <div className="review-bulk">
          <button type="button" className="review-accept-all" disabled={locked} onClick={() => settle((c) => c.acceptAllSuggestions(scope))}>
            {scope !== undefined ? t('suggest.acceptAllBy', { name: chosen!.name }) : t('suggest.acceptAll')}
          </button>
          <button type="button" className="review-reject-all" disabled={locked} onClick={() => settle((c) => c.rejectAllSuggestions(scope))}>
            {scope !== undefined ? t('suggest.rejectAllBy', { name: chosen!.name }) : t('suggest.rejectAll')}
          </button>
        </div>
      )}
      {items.length === 0 ? (
        <p className="review-none">{t('suggest.none')}</p>
      ) : (
        <ul className="review-list">
          {items.map((item) =>
            item.suggestion !== null ? (
              <SuggestionItem key={`s-${item.suggestion.id}`} s={item.suggestion} locked={locked} />
            ) : (
              <ThreadItem key={`t-${item.thread!.id}`} thread={item.thread!} pos={item.at >= 0 && item.at < Number.MAX_SAFE_INTEGER ? item.at : null} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
