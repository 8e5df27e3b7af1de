/**
 * Each anchor highlighted in its thread author's colour (core/review/people.ts). The body's
 * marks only carry the thread id, so the colours are rules keyed by it in one constructed
 * stylesheet (CSSOM: the CSP allows no inline styles), rebuilt when the threads change — never
 * per keystroke. Resolved threads' anchors are not highlighted; the focused one is stronger.
 */
import type { Thread } from '../../core/document/release';
import { authorColour } from '../../core/review/people';

let sheet: CSSStyleSheet | null = null;

function ownSheet(): CSSStyleSheet | null {
  if (sheet !== null) return sheet;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** Thread ids are [A-Za-z0-9_-] (core's schema), safe inside a quoted attribute selector. */
const anchor = (id: string): string => `.body-text .comment-anchor[data-comment-thread="${id}"]`;

export function paintAnchors(threads: readonly Thread[], active: string | null): void {
  const target = ownSheet();
  if (target === null) return;
  const rules: string[] = [];
  for (const thread of threads) {
    if (thread.general || !/^[A-Za-z0-9_-]{1,64}$/.test(thread.id)) continue;
    if (thread.resolved !== null) {
      rules.push(`${anchor(thread.id)} { background-color: transparent; border-bottom-color: transparent; }`);
      continue;
    }
    const { ink, tint } = authorColour(thread.comments[0]!.by);
    rules.push(
      thread.id === active
        ? `${anchor(thread.id)} { background-color: ${tint}; border-bottom: 2px solid ${ink}; }`
        : `${anchor(thread.id)} { background-color: ${tint}; border-bottom: 1px solid ${tint}; }`,
    );
  }
  target.replaceSync(rules.join('\n'));
}
