/**
 * A whole article pasted into an empty release (headline, sapo and body empty) comes apart into
 * its fields, as on import (core/import/article.ts): headline, sapo, pen name, the caption in the
 * lead-photo slot, the rest in the body — only when recognition is confident; any other paste is
 * left to the editor. The message offers "Undo recognition", which puts the paste back into the
 * body as it came and the fields as they were. Not in Suggesting mode: a reviewer's paste is a
 * suggestion, not a new draft.
 */
import { Fragment, type Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { applyArticle, articleReport, recogniseArticle, type ArticleUnit } from '../../core/import/article';
import { guessReleaseLanguage } from '../../core/document/language';
import type { PmNode } from '../../core/document/release';
import { documentStore, updateMeta, type ReleaseMeta } from './document-store';
import { showArticleNotice } from './article-notice';
import { suggestingStore } from './review-author';

/** Fewer top-level blocks than this is a passage, not an article. */
const MIN_BLOCKS = 4;

function releaseIsEmpty(view: EditorView): boolean {
  const { meta } = documentStore.get();
  if (meta.headline.trim() !== '' || meta.sapo.trim() !== '') return false;
  const doc = view.state.doc;
  let empty = true;
  doc.forEach((node) => {
    if (node.type.name !== 'paragraph' || node.textContent.trim() !== '') empty = false;
  });
  return empty;
}

type Fields = Pick<ReleaseMeta, 'headline' | 'sapo' | 'author' | 'leadPhoto' | 'language'>;

const fieldsOf = (meta: ReleaseMeta): Fields => ({ headline: meta.headline, sapo: meta.sapo, author: meta.author, leadPhoto: meta.leadPhoto ?? null, language: meta.language });

/** The body replaced by `content`, as one step of the body's undo history. */
function replaceBody(view: EditorView, content: Fragment): void {
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, content).scrollIntoView());
}

/** The plugin's `take` (article-paste.ts, once the paste pipeline is in): true when the paste was an article and is now in its fields. */
export function recogniseArticlePaste(view: EditorView, slice: Slice): boolean {
  if (suggestingStore.get() || !view.editable || slice.content.childCount < MIN_BLOCKS || !releaseIsEmpty(view)) return false;
  const blocks = slice.content.toJSON() as PmNode[] | null;
  if (blocks === null || blocks.some((b) => b.type === 'text')) return false;
  const parts = recogniseArticle(blocks.map((node): ArticleUnit => ({ node })));
  if (parts === null) return false;
  const before = fieldsOf(documentStore.get().meta);
  const body = Fragment.fromJSON(view.state.schema, parts.body);
  // As an import does, the release takes the language its text is written in (Details can change it).
  const recognised = applyArticle({ ...documentStore.get().meta, body: { type: 'doc', content: parts.body } }, parts);
  updateMeta((meta) => ({ ...meta, ...fieldsOf({ ...recognised, language: guessReleaseLanguage(recognised) }) }));
  replaceBody(view, body);
  const pasted = slice.content;
  showArticleNotice(articleReport(parts), () => {
    updateMeta((meta) => ({ ...meta, ...before }));
    replaceBody(view, pasted);
  });
  return true;
}
