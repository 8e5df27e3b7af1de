/**
 * What a review round trip must keep, independent of ids and text splits: each suggestion as its
 * author and its inserted and deleted text, each thread as its anchor text and its comments
 * (author, initials, text, time). Only tests use this (test-*.ts).
 */
import type { PmNode, Release } from '../document/release';

export interface SuggestionSummary {
  name: string;
  inserted: string;
  deleted: string;
}

export function suggestionSummary(body: PmNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  const walk = (node: PmNode): void => {
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'insertion' && mark.type !== 'deletion') continue;
      const id = String(mark.attrs?.['id']);
      const s = byId.get(id) ?? { name: String(mark.attrs?.['name']), inserted: '', deleted: '' };
      if (mark.type === 'insertion') s.inserted += node.text ?? '';
      else s.deleted += node.text ?? '';
      byId.set(id, s);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return [...byId.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export function threadSummary(release: Release): unknown[] {
  return release.threads
    .map((t) => ({
      general: t.general,
      quote: t.quote,
      resolved: t.resolved !== null,
      comments: t.comments.map((c) => ({ name: c.by.name, initials: c.by.initials, text: c.text, at: Date.parse(c.at) })),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
