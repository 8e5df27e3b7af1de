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

/** An import's list with the photos it could not take added (they are counted apart: ImportedFile.droppedImages). */
export function mergeImages(items: readonly DroppedItem[], images: number): DroppedItem[] {
  if (images <= 0) return [...items];
  const others = items.filter((i) => i.kind !== 'image');
  const own = items.find((i) => i.kind === 'image')?.count ?? 0;
  return [{ kind: 'image', count: own + images }, ...others];
}

/** After a paste through the cleaner (renderer/editor/extensions/foreign-paste.ts). */
export function showPasteDropped(items: readonly DroppedItem[]): void {
  if (items.length > 0) showError({ code: 'paste-dropped', params: { list: droppedList(items) } });
}
