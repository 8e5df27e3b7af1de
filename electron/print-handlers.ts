/**
 * printRelease: File ▸ Print… (Ctrl/Cmd+P). The release's print page in the chosen layout (the
 * default follows the kind and the organisation's rulebook, as Export does), handed to the
 * printer: the app's hidden print window (system print dialog) or, in the browser host, the page
 * for the browser to print. A paper draft for the leader's signature needs no approval, so a
 * release without a valid trusted approval of its current content prints marked DRAFT; an
 * approved one prints clean, signed by its approver (as a final export).
 */
import { pruneAssets } from '../core/document/asset-list';
import { renderPrintHtml } from '../core/export/html/print-page';
import { defaultDocxTemplate } from '../core/export/types';
import { finalExportApproval } from '../core/signoff/final-export';
import { normalizeRelease } from '../core/vi/nfc';
import type { Handlers } from './api';
import type { HandlerDeps } from './handlers';
import type { AssetStore } from './services/asset-store';
import { AppFailure } from './services/errors';
import { sha256Hex } from './services/files';
import { verifySignature } from './services/keys';

export function createPrintHandlers(deps: HandlerDeps, assets: AssetStore): Pick<Handlers, 'printRelease'> {
  const generator = `PressDesk ${deps.appVersion}`;
  return {
    async printRelease({ release, template }) {
      if (deps.printer === undefined) throw new AppFailure('pdf-unavailable', { reason: 'no-chromium' });
      const settings = deps.settings.get();
      const clean = pruneAssets(normalizeRelease(release));
      const bytes = await assets.bytesFor(clean);
      const { organisation } = settings;
      const decision = finalExportApproval(clean, {
        trusted: organisation.trustedApprovers,
        verify: verifySignature,
        assetBytes: bytes,
        hashBytes: sha256Hex,
        options: { withdrawn: organisation.withdrawnApprovals },
      });
      const approval = decision.final ? decision.approval : undefined;
      const layout = template ?? defaultDocxTemplate(clean.kind, organisation.rulebook);
      const html = renderPrintHtml({ release: clean, assets: bytes, organisation, generator }, { layout, ...(approval ? { approval } : { draft: true }) });
      const shown = await deps.printer.print(html);
      return { ...shown, draft: approval === undefined };
    },
  };
}
