/**
 * What an import or a paste left out (core/import/clean/report.ts), said aloud: one phrase per
 * kind in the UI language ("1 công thức toán, 2 ảnh liên kết (không nhúng trong tệp)"), in the
 * message the app shows. Nothing a writer made is lost without a word.
 */
import i18next from 'i18next';
import type { DroppedItem } from '../../core/import/clean/report';
import { showError } from './ui-store';

export function droppedList(items: readonly DroppedItem[]): string {
  return items.map((item) => i18next.t(`import.dropped.${item.kind}`, { count: item.count })).join(', ');
}

/** After a paste through the cleaner (renderer/editor/extensions/foreign-paste.ts). */
export function showPasteDropped(items: readonly DroppedItem[]): void {
  if (items.length > 0) showError({ code: 'paste-dropped', params: { list: droppedList(items) } });
}
