/**
 * The message after text in an old Vietnamese encoding was converted on paste or import:
 * "Đã chuyển 3 đoạn từ TCVN3 sang Unicode." The conversion happens without asking (the officer
 * rarely knows what TCVN3 is); the message says it did, so a wrong guess is seen and undone.
 * Closed by its button, by the next document, or replaced by the next conversion.
 */
import type { LegacyReport } from '../../core/vi/legacy/report';
import { reportIsEmpty } from '../../core/vi/legacy/report';
import { createStore } from '../lib/store';
import { documentStore } from './document-store';

export interface LegacyNoticeState {
  report: LegacyReport;
  /** A paste can be taken back with Ctrl+Z; an import is a new document. */
  source: 'paste' | 'import';
}

export const legacyNoticeStore = createStore<LegacyNoticeState | null>(null);

let stopFollowing: (() => void) | null = null;

export function showLegacyNotice(report: LegacyReport, source: LegacyNoticeState['source']): void {
  if (reportIsEmpty(report)) return;
  stopFollowing?.();
  legacyNoticeStore.set({ report, source });
  const session = documentStore.get().session;
  stopFollowing = documentStore.subscribe(() => {
    if (documentStore.get().session !== session) closeLegacyNotice();
  });
}

export function closeLegacyNotice(): void {
  stopFollowing?.();
  stopFollowing = null;
  legacyNoticeStore.set(null);
}
