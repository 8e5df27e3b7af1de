/**
 * The lead photo's slot on the sheet, where the portal printed the photo (after the sapo): a
 * recognised article's caption and credit wait here for their photo (release.leadPhoto). "Chèn
 * ảnh…" asks for the photo and makes it the body's first figure, the lead, with that caption and
 * credit; "Bỏ ô ảnh" drops the slot. Nothing of it prints while it waits; Checks flags it.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_FIGURE_ATTRS } from '../../core/document/figure';
import type { Asset, PmNode } from '../../core/document/release';
import { currentEditor, documentStore, rememberAsset, updateMeta } from '../app/document-store';
import { useLocked } from '../app/signoff';
import { dismissError, showError } from '../app/ui-store';
import { desktop } from '../desktop';
import { useStore } from '../lib/store';
import { nfcHandlers, oneLine } from './nfc-input';

/** The lead figure for `asset`, captioned as the slot says. */
export function leadFigure(asset: Asset, caption: string, credit: string): PmNode {
  const attrs = { ...DEFAULT_FIGURE_ATTRS, asset: asset.hash, credit, lead: true };
  const text = caption.trim();
  return text === '' ? { type: 'figure', attrs } : { type: 'figure', attrs, content: [{ type: 'text', text }] };
}

async function insertLeadPhoto(): Promise<void> {
  const slot = documentStore.get().meta.leadPhoto;
  const editor = currentEditor();
  if (!slot || editor === null || editor.isDestroyed) return;
  const result = await desktop.insertImage({});
  if (!result.ok) return showError(result.error);
  if (result.value === null) return;
  dismissError();
  rememberAsset(result.value);
  // At the top of the body: the lead photo comes first, as the portal showed it.
  const figure = leadFigure(result.value, slot.caption, slot.credit);
  if (!editor.chain().focus().insertContentAt(0, figure).run()) return;
  updateMeta((meta) => ({ ...meta, leadPhoto: null }));
}

const removeSlot = (): void => updateMeta((meta) => ({ ...meta, leadPhoto: null }));

export function LeadPhotoSlot() {
  const { t } = useTranslation();
  const slot = useStore(documentStore, (s) => s.meta.leadPhoto ?? null);
  const locked = useLocked();
  const caption = nfcHandlers((next) => updateMeta((meta) => ({ ...meta, leadPhoto: { caption: next, credit: meta.leadPhoto?.credit ?? '' } })), oneLine);
  const credit = nfcHandlers((next) => updateMeta((meta) => ({ ...meta, leadPhoto: { caption: meta.leadPhoto?.caption ?? '', credit: next } })), oneLine);
  if (slot === null) return null;
  return (
    <section className="lead-photo-slot" aria-label={t('leadPhoto.region')} data-testid="lead-photo-slot">
      <div className="lead-photo-frame">
        <span>{t('leadPhoto.waiting')}</span>
        {!locked && (
          <span className="lead-photo-actions">
            <button type="button" className="primary" data-testid="lead-photo-insert" onClick={() => void insertLeadPhoto()}>
              {t('leadPhoto.insert')}
            </button>
            <button type="button" data-testid="lead-photo-remove" onClick={removeSlot}>
              {t('leadPhoto.remove')}
            </button>
          </span>
        )}
      </div>
      <textarea
        className="sheet-field lead-photo-caption"
        rows={1}
        value={slot.caption}
        aria-label={t('leadPhoto.caption')}
        placeholder={t('leadPhoto.caption')}
        maxLength={100_000}
        readOnly={locked}
        data-field="leadPhoto"
        data-testid="lead-photo-caption"
        {...caption}
      />
      <input
        className="sheet-field lead-photo-credit"
        value={slot.credit}
        aria-label={t('leadPhoto.credit')}
        placeholder={t('leadPhoto.creditPlaceholder')}
        maxLength={2_000}
        readOnly={locked}
        data-testid="lead-photo-credit"
        {...credit}
      />
    </section>
  );
}
