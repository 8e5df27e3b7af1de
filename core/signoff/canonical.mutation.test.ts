/**
 * Tests that pin what canonical.ts's mutation run found unpinned (npm run mutation): the tables
 * that decide what an approval signs, and the edges of the form-2 normalisation.
 */
import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { PmNode, Release } from '../document/release';
import {
  CONTENT_FORM_V1,
  CONTENT_FORM_V2,
  PUBLISHED_MARK_ATTRS,
  PUBLISHED_NODE_ATTRS,
  canonicalContent,
  canonicalContentJson,
  contentHash,
  type ContentForm,
} from './canonical';

const sink = (): Release => kitchenSinkRelease().release;
const withBody = (...content: unknown[]): Release => ({ ...sink(), body: { type: 'doc', content: content as PmNode[] } });
const para = (...content: unknown[]): unknown => ({ type: 'paragraph', content });
const bodyOf = (release: Release, form: ContentForm = CONTENT_FORM_V2): unknown => canonicalContent(release, form)['body'];

describe('the signed surface', () => {
  it('is exactly these node attributes and marks (changing them changes what every approval means)', () => {
    expect(PUBLISHED_NODE_ATTRS).toEqual({
      doc: [],
      paragraph: [],
      heading: ['level'],
      bulletList: [],
      orderedList: ['start'],
      listItem: [],
      blockquote: [],
      figure: ['asset', 'alt', 'credit', 'width', 'align', 'lead'],
      text: [],
      hardBreak: [],
      footnote: ['text'],
      table: [],
      tableRow: [],
      tableHeader: ['colspan', 'rowspan', 'colwidth'],
      tableCell: ['colspan', 'rowspan', 'colwidth'],
    });
    // Open suggestions enter as what they are (text proposed or struck), never who made them: an approval
    // is refused while any is open, and a comment anchor never enters (core/review is not content).
    expect(PUBLISHED_MARK_ATTRS).toEqual({ bold: [], italic: [], underline: [], link: ['href'], strike: [], subscript: [], superscript: [], insertion: [], deletion: [] });
  });

  it.each([CONTENT_FORM_V1, CONTENT_FORM_V2])('%s: a figure enters with exactly its published attributes, defaults filled in', (form) => {
    const figure = { type: 'figure', attrs: { asset: 'a'.repeat(64), id: 'x', lead: 'yes' } };
    expect(bodyOf(withBody(figure), form)).toEqual({
      type: 'doc',
      content: [{ type: 'figure', attrs: { asset: 'a'.repeat(64), alt: '', credit: '', width: 'full', align: 'center', lead: false } }],
    });
    const attrs = (bodyOf(withBody(figure), form) as { content: { attrs: object }[] }).content[0]!.attrs;
    expect(Object.keys(attrs).sort()).toEqual([...PUBLISHED_NODE_ATTRS.figure].sort());
  });

  it.each([CONTENT_FORM_V1, CONTENT_FORM_V2])('%s: only published attributes of a mark enter, and a mark without them has no attrs', (form) => {
    const text = (marks: unknown[]): Release => withBody(para({ type: 'text', text: 'a', marks }));
    expect(bodyOf(text([{ type: 'bold', attrs: { level: 1, href: 'x' } }]), form)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] }],
    });
    expect(contentHash(text([{ type: 'link', attrs: { href: null } }]), form)).toBe(contentHash(text([{ type: 'link' }]), form));
  });
});

describe('the embargo', () => {
  it.each([CONTENT_FORM_V1, CONTENT_FORM_V2])('%s: "immediate" enters as itself, and a left-over time does not enter', (form) => {
    const immediate: Release = { ...sink(), embargo: { mode: 'immediate' } };
    expect(canonicalContent(immediate, form)['embargo']).toEqual({ mode: 'immediate' });
    expect(canonicalContentJson(immediate, form)).toContain('"embargo":{"mode":"immediate"}');
    const stale = { ...immediate, embargo: { mode: 'immediate', at: '2026-12-01T09:00:00+07:00' } } as unknown as Release;
    expect(contentHash(stale, form)).toBe(contentHash(immediate, form));
    expect(canonicalContent(sink(), form)['embargo']).toEqual({ mode: 'until', at: '2019-01-09T09:00:00+07:00' });
  });
});
