/**
 * exportRelease and importFile: the handler side of Export… and Import…. Paths come from the
 * request (the browser host, tests) or a native dialog; the path policy decides either way.
 * Image bytes for exports come from the asset store, where opening, inserting and importing put them.
 */
import { pruneAssets } from '../core/document/asset-list';
import type { Release } from '../core/document/release';
import { defaultDocxTemplate, type ExportInput } from '../core/export/types';
import { finalExportApproval, openReview, type FinalExportCheck } from '../core/signoff/final-export';
import { normalizeRelease } from '../core/vi/nfc';
import type { Handlers, Settings } from './api';
import type { HandlerDeps } from './handlers';
import { localIsoDate } from './handlers';
import type { AssetStore } from './services/asset-store';
import { AppFailure } from './services/errors';
import { exportToPath, suggestedExportName, withExportExtension } from './services/export-writer';
import { sha256Hex } from './services/files';
import { verifySignature } from './services/keys';
import { requestedOrChosenPath } from './services/path-policy';
import { importFileBounded } from './services/readers';
import { logMove, profileName } from './signoff-handlers';

/** What the final-export rule checks a release against: the office's trusted approvers and the approvals it withdrew. */
function finalExportCheck(settings: Settings, assetBytes: ReadonlyMap<string, Uint8Array>): FinalExportCheck {
  return { trusted: settings.organisation.trustedApprovers, verify: verifySignature, assetBytes, hashBytes: sha256Hex, options: { withdrawn: settings.organisation.withdrawnApprovals } };
}

export function createExportHandlers(deps: HandlerDeps, assets: AssetStore): Pick<Handlers, 'exportRelease' | 'importFile'> {
  const now = deps.now ?? (() => new Date());
  const generator = `PressDesk ${deps.appVersion}`;

  return {
    async exportRelease({ release, format, template, htmlImages, cmsPreset, path, draft, overwrite, reviewCopy }) {
      const settings = deps.settings.get();
      const normalized = normalizeRelease(release);
      // Only the images the figures still use (as saving does), as the bytes that will be written.
      const clean = pruneAssets(normalized);
      const bytes = await assets.bytesFor(clean);
      // Final or not is core/signoff/final-export.ts's one rule (the CLI asks it too), photo bytes
      // included; a draft needs no approval, nor does a DOCX review copy (never final: it carries the review).
      const review = reviewCopy === true && format === 'docx';
      const decision = draft === true || review ? undefined : finalExportApproval(clean, finalExportCheck(settings, bytes));
      if (decision?.final === false && decision.reason === 'review-open') throw new AppFailure('review-open', openReview(clean));
      if (decision?.final === false) throw new AppFailure('not-approved', { reason: decision.reason });
      const approval = decision?.final === true ? decision.approval : undefined;
      let target: string;
      if (path === undefined) {
        const fallback = settings.language === 'vi' ? 'ban-thao' : 'release';
        const chosen = await deps.dialogs.chooseExportPath(suggestedExportName(release.headline, format, fallback), format);
        if (chosen === null) return null;
        target = withExportExtension(chosen, format);
        deps.paths.grant(target); // picked in the native dialog
      } else {
        target = withExportExtension(path, format);
      }
      if (!deps.paths.canWrite(target)) throw new AppFailure('forbidden');
      const input: ExportInput = {
        release: clean,
        assets: bytes,
        organisation: settings.organisation,
        generator,
      };
      const written = await exportToPath(
        input,
        {
          format,
          template: template ?? defaultDocxTemplate(clean.kind, settings.organisation.rulebook),
          htmlImages: htmlImages ?? 'files',
          cmsPreset: cmsPreset ?? 'figure',
          // Photo files beside an HTML page are replaced only once the user said so ('exists' first).
          ...(overwrite === true ? { overwrite: true } : {}),
          ...(draft === true ? { draft: true } : {}),
          ...(review ? { reviewCopy: true } : {}),
          ...(approval !== undefined ? { approval } : {}),
        },
        target,
        deps.printer,
      );
      if (approval === undefined) return { path: written, final: false, release: null };
      // The final export is the publication: the release moves to Published (from Approved), signed.
      const published =
        decision?.final === true && decision.state.chain.state === 'published'
          ? normalized
          : await logMove(deps, normalized, 'published', profileName(settings), now(), '');
      return { path: written, final: true, release: published };
    },

    async importFile({ path, kind }) {
      const chosen = await requestedOrChosenPath(deps.paths, path, () => deps.dialogs.chooseImportPath(), 'read');
      if (chosen === null) return null;
      const { organisation, profile } = deps.settings.get();
      const imported = await importFileBounded(chosen, kind ?? 'news', assets);
      for (const warning of imported.warnings) console.warn(`pressdesk: import ${imported.name}: ${warning}`);
      // What the file does not say comes from the profiles, as for a new release.
      const completed = (r: Release): Release => ({
        ...r,
        dateline: { place: r.dateline.place || organisation.placeName, date: r.dateline.date || localIsoDate(now()) },
        author: { penName: r.author.penName || profile.penName },
      });
      const article = imported.article && { report: imported.article.report, original: completed(imported.article.original) };
      return { release: completed(imported.release), name: imported.name, droppedImages: imported.droppedImages, review: imported.review, article, legacy: imported.legacy, dropped: imported.dropped };
    },
  };
}
