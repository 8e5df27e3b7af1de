/**
 * The release as plain text, for the status-bar counts (and later search and preflight):
 * one line per textblock, so list items and quote paragraphs each get their own line.
 */
import { footnoteTexts } from './footnotes';
import type { PmNode, Release, ReleaseBody } from './release';

/** Nodes whose children are inline content; every other node with content is a container. */
const TEXTBLOCKS = new Set<string>(['paragraph', 'heading']);

function inlineText(node: PmNode): string {
  let out = '';
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') out += '\n';
    else if (child.text !== undefined) out += child.text;
    else if (child.content) out += inlineText(child);
  }
  return out;
}

function collectLines(node: PmNode, lines: string[]): void {
  if (TEXTBLOCKS.has(node.type)) {
    lines.push(inlineText(node));
  } else if (node.content) {
    for (const child of node.content) collectLines(child, lines);
  } else if (node.text !== undefined) {
    lines.push(node.text);
  }
}

/** Body blocks joined by "\n"; a hard break is a "\n" too. */
export function bodyPlainText(body: ReleaseBody): string {
  const lines: string[] = [];
  for (const block of body.content) collectLines(block, lines);
  return lines.join('\n');
}

/**
 * What the status bar counts: headline, subhead, sapo, body and the footnotes' texts after it
 * (empty fields left out). Notes count, as in Word's default count: they are printed with the text.
 */
export function releasePlainText(release: Release): string {
  const parts = [release.headline, release.subhead, release.sapo].filter((s) => s !== '');
  parts.push(bodyPlainText(release.body));
  parts.push(...footnoteTexts(release.body.content).filter((s) => s !== ''));
  return parts.join('\n');
}
