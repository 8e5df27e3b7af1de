/**
 * Export… and Import…: the export dialog's state and the two calls. Only a final export changes
 * the document (to Published); an import becomes a new unsaved release (after Save / Don't save / Cancel if needed).
 */
import i18next from 'i18next';
import type { AppError } from '../desktop';
import { normalizeRelease } from '../../core/vi/nfc';
import { desktop } from '../desktop';
import { createStore } from '../lib/store';
import { currentRelease, documentStore } from './document-store';
import { replaceDocument, save, settleUnsaved } from './file-commands';
import { applyRelease, verifyCurrent } from './signoff';
import { showArticleNotice } from './article-notice';
import { showLegacyNotice } from './legacy-notice';
import { askConfirm, showError } from './ui-store';
import { droppedList, mergeImages } from './dropped-report';

export type ExportFormat = 'docx' | 'html' | 'cms' | 'pdf';
export type DocxTemplate = 'news' | 'press' | 'decree30' | 'party36';

export interface ExportChoice {
  format: ExportFormat;
  template: DocxTemplate;
  htmlImages: 'embed' | 'files';
  cmsPreset: 'figure' | 'centered';
  /** DOCX: a review copy carrying the comments and suggestions (never final, no DRAFT line). */
  reviewCopy: boolean;
}

/** Photo files beside an HTML page that the export would replace: asked before anything is written. */
export interface ReplaceQuestion {
  /** The page the main process chose (dialog or prompt): the retry writes exactly there. */
  path: string;
  names: string;
  count: number;
  choice: ExportChoice;
  draft: boolean;
}

export interface ExportState {
  open: boolean;
  busy: boolean;
  /** Where the last export went (shown as a confirmation), or null. */
  written: string | null;
  error: AppError | null;
  replace: ReplaceQuestion | null;
  /** After a final export moved the release to Published: whether that move is saved in the file. */
  published: 'saved' | 'unsaved' | null;
}

export const exportStore = createStore<ExportState>({ open: false, busy: false, written: null, error: null, replace: null, published: null });

export function openExportDialog(open: boolean): void {
  // Final or draft follows the approval of the content as it stands now, edits included.
  if (open) void verifyCurrent();
  exportStore.update((s) => ({ ...s, open, written: null, error: null, replace: null, published: null, busy: open ? s.busy : false }));
}

/**
 * Export the release as it stands; the path comes from the dialog (or the browser host's prompt).
 * Without a valid approval it is a draft (marked DRAFT / BẢN NHÁP); a final export comes back
 * with the release moved to Published, which replaces the open one as an edit.
 */
export async function exportRelease(choice: ExportChoice, draft: boolean): Promise<void> {
  // A final export of an Approved release publishes it: asked first, in one sentence.
  if (!draft && !isReviewCopy(choice) && documentStore.get().meta.workflow.state === 'approved') {
    const untitled = documentStore.get().path === null;
    const confirmed = await askConfirm({
      title: i18next.t('signoff.confirmFinalTitle'),
      message: i18next.t(untitled ? 'signoff.confirmFinalUnsaved' : 'signoff.confirmFinal'),
      confirmLabel: i18next.t('export.submit'),
      testId: 'confirm-final',
    });
    if (!confirmed) return;
  }
  return runExport(choice, draft, {});
}

/** The answer to "replace these photo files?": Replace exports again to the same page, replacing them. */
export function answerReplace(replace: boolean): Promise<void> {
  const question = exportStore.get().replace;
  exportStore.update((s) => ({ ...s, replace: null }));
  if (!replace || question === null) return Promise.resolve();
  return runExport(question.choice, question.draft, { path: question.path, overwrite: true });
}

const isReviewCopy = (choice: ExportChoice): boolean => choice.format === 'docx' && choice.reviewCopy;

async function runExport(choice: ExportChoice, draft: boolean, retry: { path?: string; overwrite?: true }): Promise<void> {
  if (exportStore.get().busy) return;
  exportStore.update((s) => ({ ...s, busy: true, written: null, error: null, replace: null, published: null }));
  const release = normalizeRelease(currentRelease());
  const result = await desktop.exportRelease({
    release,
    format: choice.format,
    // A PDF is the print page of the chosen layout (the DOCX template names).
    ...(choice.format === 'docx' || choice.format === 'pdf' ? { template: choice.template } : {}),
    ...(choice.format === 'html' ? { htmlImages: choice.htmlImages } : {}),
    ...(choice.format === 'cms' ? { cmsPreset: choice.cmsPreset } : {}),
    // A review copy is its own kind: never final, and without the DRAFT line (it comes back to be merged).
    ...(isReviewCopy(choice) ? { reviewCopy: true, draft: false } : { draft }),
    ...retry,
  });
  if (!result.ok && result.error.code === 'exists') {
    // Nothing was written: ask, in the export dialog, before replacing somebody's files.
    const { path, names, count } = result.error.params ?? {};
    if (typeof path === 'string') {
      const question = { path, names: String(names ?? ''), count: Number(count ?? 0), choice, draft };
      exportStore.update((s) => ({ ...s, busy: false, replace: question }));
      return;
    }
  }
  const published = result.ok && result.value !== null ? result.value.release : null;
  let publishedState: ExportState['published'] = null;
  if (published !== null) {
    applyRelease(published);
    void verifyCurrent();
    // The Published move is saved at once into a file that has a name; an untitled one says it must be saved.
    publishedState = documentStore.get().path !== null && (await save()) ? 'saved' : 'unsaved';
  }
  exportStore.update((s) => ({
    ...s,
    busy: false,
    published: publishedState,
    written: result.ok && result.value !== null ? result.value.path : null,
    error: result.ok ? null : result.error,
  }));
}

/** Import a .txt / .md / .html / .docx file as a new unsaved release. */
export async function importDocument(): Promise<void> {
  // Read first, ask second: a refused file never disturbs the draft on screen.
  const result = await desktop.importFile({});
  if (!result.ok) return showError(result.error);
  if (result.value === null) return;
  const { release, name, droppedImages, review, article, legacy, dropped } = result.value;
  if (!(await settleUnsaved())) return;
  // Named after the file (status bar, title) until it is saved; dirty, so closing asks first.
  replaceDocument({ release, name, dirty: true });
  // Text in TCVN3/VNI/VIQR came in as Unicode: say how many paragraphs, from what.
  showLegacyNotice(legacy, 'import');
  // A portal article came apart into its fields: say what went where; undo brings the file back as imported.
  if (article !== null) showArticleNotice(article.report, () => replaceDocument({ release: article.original, name, dirty: true }));
  // Nothing is left out silently: photos the file held but we could not take are counted aloud.
  // Equations, charts, linked pictures... named one by one, photos with them (dropped-report.ts).
  if (dropped.length > 0) showError({ code: 'import-dropped', params: { list: droppedList(mergeImages(dropped, droppedImages)) } });
  else if (droppedImages > 0) showError({ code: 'import-partial', params: { count: droppedImages } });
  // Word's comments and tracked changes came in as threads and suggestions: say how many.
  else if (review.comments + review.suggestions > 0) showError({ code: 'import-review', params: { ...review } });
}
