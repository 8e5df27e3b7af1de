/**
 * A figure as the officer edits it: the photo, the caption typed in place (ProseMirror's content
 * hole), and the credit, alt text, width, alignment and lead-photo controls. Re-rendered only when
 * this figure's attributes change or its caption becomes (non-)empty — never by typing elsewhere.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useLocked } from '../app/signoff';
import { FIGURE_ALIGNS, FIGURE_WIDTHS, type FigureAlign, type FigureWidth } from '../../core/document/figure';
import { nfcHandlers, oneLine } from '../components/nfc-input';
import { useNearViewport } from '../lib/near-viewport';
import { assetUrl, cachedAssetUrl } from './asset-urls';
import { figureViewNeedsRender, type EditableFigureAttrs } from './extensions/figure';

/** The photo's URL once the figure is near the screen (see near-viewport.ts). */
function useAssetUrl(hash: string, near: boolean): string | null | undefined {
  // undefined: loading; null: the bytes could not be read.
  const [url, setUrl] = useState<string | null | undefined>(() => cachedAssetUrl(hash) ?? undefined);
  useEffect(() => {
    if (!near) return;
    let live = true;
    void assetUrl(hash).then((u) => {
      if (live) setUrl(u);
    });
    return () => {
      live = false;
    };
  }, [hash, near]);
  return url;
}

/** A one-line text attribute: uncontrolled while typing (no caret jumps), synced on undo/redo. */
function AttrInput(props: { label: string; value: string; placeholder: string; className: string; disabled: boolean; onCommit: (v: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current !== null && ref.current.value !== props.value) ref.current.value = props.value;
  }, [props.value]);
  const handlers = nfcHandlers((next) => {
    if (next !== props.value) props.onCommit(next);
  }, oneLine);
  return (
    <input
      ref={ref}
      type="text"
      className={props.className}
      defaultValue={props.value}
      aria-label={props.label}
      placeholder={props.placeholder}
      maxLength={2_000}
      disabled={props.disabled}
      {...handlers}
    />
  );
}

function FigureView({ node, editor, getPos, selected }: NodeViewProps) {
  const { t } = useTranslation();
  const flagId = useId();
  const attrs = node.attrs as { asset: string; alt: string; credit: string; width: FigureWidth; align: FigureAlign; lead: boolean };
  const media = useRef<HTMLDivElement>(null);
  const url = useAssetUrl(attrs.asset, useNearViewport(media, cachedAssetUrl(attrs.asset) !== null));
  // An approved release is locked: its photos' settings too.
  const locked = useLocked();
  const set = (patch: EditableFigureAttrs): void => {
    const pos = getPos();
    if (typeof pos === 'number') editor.commands.setFigureAttrs(pos, patch);
  };
  const noCaption = node.content.size === 0;
  const noAlt = attrs.alt.trim() === '';
  const missing = noAlt && noCaption ? 'both' : noAlt ? 'alt' : noCaption ? 'caption' : null;

  return (
    <NodeViewWrapper
      as="figure"
      className={`figure${selected ? ' is-selected' : ''}`}
      data-width={attrs.width}
      data-align={attrs.align}
      data-lead={attrs.lead ? 'true' : undefined}
      data-testid="figure"
      aria-label={attrs.lead ? t('figure.leadLabel') : t('figure.label')}
      aria-describedby={missing === null ? undefined : flagId}
    >
      <div ref={media} className="figure-media" contentEditable={false} data-drag-handle="">
        {url ? (
          <img className="figure-image" src={url} alt={attrs.alt} draggable={false} />
        ) : (
          <div className="figure-image figure-image-missing" role="img" aria-label={attrs.alt || t('figure.label')}>
            {url === null ? t('figure.unavailable') : t('figure.loading')}
          </div>
        )}
        {attrs.lead && <span className="figure-lead-badge">{t('figure.lead')}</span>}
      </div>
      <NodeViewContent<'figcaption'>
        as="figcaption"
        className="figure-caption"
        data-empty={noCaption ? 'true' : 'false'}
        data-placeholder={t('figure.captionPlaceholder')}
      />
      <div className="figure-controls" contentEditable={false}>
        <AttrInput
          className="figure-credit"
          label={t('figure.credit')}
          placeholder={t('figure.creditPlaceholder')}
          value={attrs.credit}
          disabled={locked}
          onCommit={(credit) => set({ credit })}
        />
        <AttrInput
          className="figure-alt"
          label={t('figure.alt')}
          placeholder={t('figure.altPlaceholder')}
          value={attrs.alt}
          disabled={locked}
          onCommit={(alt) => set({ alt })}
        />
        <select aria-label={t('figure.width')} disabled={locked} value={attrs.width} onChange={(e) => set({ width: e.target.value as FigureWidth })}>
          {FIGURE_WIDTHS.map((w) => (
            <option key={w} value={w}>
              {t(`figure.widths.${w}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('figure.align')} disabled={locked} value={attrs.align} onChange={(e) => set({ align: e.target.value as FigureAlign })}>
          {FIGURE_ALIGNS.map((a) => (
            <option key={a} value={a}>
              {t(`figure.aligns.${a}`)}
            </option>
          ))}
        </select>
        <button type="button" className="figure-lead-toggle" aria-pressed={attrs.lead} disabled={locked} onClick={() => set({ lead: !attrs.lead })}>
          {t('figure.lead')}
        </button>
        {missing !== null && (
          <p className="figure-flag" id={flagId} data-testid="figure-flag">
            <span aria-hidden="true">⚠</span> {t(`figure.missing.${missing}`)}
          </p>
        )}
      </div>
    </NodeViewWrapper>
  );
}

/** The React node view: re-rendered only for this figure's own attribute or caption-emptiness changes. */
export const figureNodeView = ReactNodeViewRenderer(FigureView, {
  update: ({ oldNode, newNode, updateProps }) => {
    if (newNode.type !== oldNode.type) return false;
    if (figureViewNeedsRender(oldNode, newNode)) updateProps();
    return true;
  },
});
