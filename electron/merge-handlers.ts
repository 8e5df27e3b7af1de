/**
 * mergeReviewedCopy: File ▸ "Merge a reviewer's copy…" on the handler side. The copy comes from
 * the request's path (browser host, tests) or a native dialog, through the path policy; it is read
 * bounded (services/merge-review.ts) and merged into the release the renderer sent, which gets it
 * back unsaved with the report. The author's photos stay in the asset store as they are.
 */
import { basename } from 'node:path';
import type { Handlers } from './api';
import type { HandlerDeps } from './handlers';
import { mergeReviewedCopy } from './services/merge-review';
import { requestedOrChosenPath } from './services/path-policy';

export function createMergeHandlers(deps: HandlerDeps): Pick<Handlers, 'mergeReviewedCopy'> {
  const now = deps.now ?? (() => new Date());
  return {
    async mergeReviewedCopy({ release, path }) {
      const choose = (): Promise<string | null> => (deps.dialogs.chooseReviewedCopyPath ?? deps.dialogs.chooseOpenPath)();
      const chosen = await requestedOrChosenPath(deps.paths, path, choose, 'read');
      if (chosen === null) return null;
      const merged = await mergeReviewedCopy(release, chosen, { language: deps.settings.get().language, now: now() });
      return { ...merged, name: basename(chosen), path: chosen };
    },
  };
}
