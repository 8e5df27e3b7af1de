/**
 * The review rule (issue 9): open comment threads and open suggestions block approval. What is
 * approved must be what the reviewers agreed to, so every thread is resolved and every suggested
 * edit accepted or rejected first. Pure: reads the stored body and threads, no schema built.
 */
import type { PmNode, Release } from '../document/release';
import { suggestionIdsInJson } from '../review/suggestions';
import { blockNodes, TEXTBLOCK_NODES } from './positions';
import type { Finding, Rule } from './rules';

const isSuggestionMark = (m: { type: string }): boolean => m.type === 'insertion' || m.type === 'deletion';

function hasSuggestion(node: PmNode): boolean {
  if ((node.marks ?? []).some((m) => isSuggestionMark(m as { type: string }))) return true;
  return (node.content ?? []).some(hasSuggestion);
}

/** Threads not resolved, as the file stores them. */
export function openThreadCount(release: Release): number {
  return (release.threads as readonly { resolved?: unknown }[]).filter((t) => t.resolved === null).length;
}

/** The counts the rule reports: open threads and open suggestions (by id). */
export function openReview(release: Release): { comments: number; suggestions: number } {
  return { comments: openThreadCount(release), suggestions: suggestionIdsInJson(release.body).size };
}

/** One blocker naming both counts, pointing at the first block with a suggestion (else the top). */
export function reviewFindings(release: Release): Finding[] {
  const { comments, suggestions } = openReview(release);
  if (comments === 0 && suggestions === 0) return [];
  const first = suggestions > 0 ? blockNodes(release.body).find((b) => TEXTBLOCK_NODES.has(b.node.type) && hasSuggestion(b.node)) : undefined;
  return [{ ruleId: 'review.open', severity: 'blocker', params: { comments, suggestions }, target: { bodyPos: first?.pos ?? 0 } }];
}

/// Open comments or suggested edits block approval, on every kind of release.
export const reviewRule: Rule = { id: 'review.open', severity: 'blocker', applies: () => true, check: (r) => reviewFindings(r) };
