/**
 * The figure node and its commands. No UI state here: the node view, the check for known images
 * and what happens to pasted image files are options the editor passes in.
 */
import { Node, mergeAttributes, type NodeViewRenderer } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { DEFAULT_FIGURE_ATTRS, FIGURE_ALIGNS, FIGURE_WIDTHS, type FigureAttrs } from '../../../core/document/figure';
import type { Asset } from '../../../core/document/release';

export interface FigureOptions {
  /** The React node view (left out in tests and headless use: the plain renderHTML is used). */
  nodeView: NodeViewRenderer | null;
  /** Whether this document knows the image: pasted HTML naming an unknown one is not a figure. */
  knownAsset: (hash: string) => boolean;
  /** Image files pasted into the body, and the position they go to. */
  onImageFiles: ((files: File[], pos: number) => void) | null;
}

export type EditableFigureAttrs = Partial<Omit<FigureAttrs, 'asset'>>;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure showing `asset` at the selection (its metadata goes to the release separately). */
      insertFigure: (asset: Asset) => ReturnType;
      /** Changes the figure at `pos`; making it the lead photo makes every other figure not the lead. */
      setFigureAttrs: (pos: number, attrs: EditableFigureAttrs) => ReturnType;
    };
  }
}

const HASH = /^[0-9a-f]{64}$/;

/** A file a person would call a photo: by type, or by name when the type is missing (some drops). */
export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/') || /\.(png|jpe?g|webp|gif|svg)$/i.test(file.name);
}

/**
 * Whether a figure's view must re-render: only its attributes or the caption turning empty or
 * non-empty change what it shows (the caption text itself is ProseMirror's to draw).
 */
export function figureViewNeedsRender(oldNode: PmNode, newNode: PmNode): boolean {
  if ((oldNode.content.size === 0) !== (newNode.content.size === 0)) return true;
  return Object.keys(newNode.attrs).some((k) => oldNode.attrs[k] !== newNode.attrs[k]);
}

/** Clears `lead` on every figure except the one at `keep`. */
function clearOtherLeads(tr: Transaction, keep: number): void {
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'figure' && node.attrs['lead'] === true && pos !== keep) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, lead: false });
    }
    return node.isBlock && node.type.name !== 'figure';
  });
}

/** Whether pasted HTML carries text beside its pictures (tags and spaces aside: a copied image alone has none). */
export function htmlHasText(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|\s/g, '') !== '';
}

/// A photo with its caption: `figure(inline*)`. The image is an asset referred to by its sha256;
/// credit, alt text, width, alignment and the lead-photo flag are attributes. Draggable as a whole;
/// isolating, so editing the caption never merges it with the paragraphs around it.
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  defining: true,

  addOptions() {
    return { nodeView: null, knownAsset: () => true, onImageFiles: null };
  },

  addAttributes() {
    const text = (name: 'alt' | 'credit') => ({
      default: DEFAULT_FIGURE_ATTRS[name],
      parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`) ?? '',
      renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] }),
    });
    const oneOf = <T extends string>(name: 'width' | 'align', values: readonly T[], fallback: T) => ({
      default: fallback,
      parseHTML: (el: HTMLElement) => {
        const v = el.getAttribute(`data-${name}`);
        return (values as readonly (string | null)[]).includes(v) ? v : fallback;
      },
      renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] }),
    });
    return {
      asset: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-asset') ?? '',
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-asset': attrs['asset'] }),
      },
      alt: text('alt'),
      credit: text('credit'),
      width: oneOf('width', FIGURE_WIDTHS, DEFAULT_FIGURE_ATTRS.width),
      align: oneOf('align', FIGURE_ALIGNS, DEFAULT_FIGURE_ATTRS.align),
      lead: {
        default: false,
        // A pasted figure is never the lead: one lead at most, and the author picks it.
        parseHTML: () => false,
        renderHTML: (attrs: Record<string, unknown>) => (attrs['lead'] === true ? { 'data-lead': 'true' } : {}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-asset]',
        contentElement: 'figcaption',
        getAttrs: (el) => {
          const hash = (el as HTMLElement).getAttribute('data-asset') ?? '';
          return HASH.test(hash) && this.options.knownAsset(hash) ? null : false;
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'figure' }), ['figcaption', 0]];
  },

  addNodeView() {
    return this.options.nodeView;
  },

  addCommands() {
    return {
      insertFigure:
        (asset) =>
        ({ tr, state, dispatch }) => {
          const figure = state.schema.nodes[this.name]!.create({ ...DEFAULT_FIGURE_ATTRS, asset: asset.hash });
          // A figure is a block of its own: it replaces an empty paragraph, else goes after the
          // top-level block holding the cursor (never into a caption or a sentence).
          const { $from, to: selectionEnd } = state.selection;
          let from = selectionEnd;
          let to = selectionEnd;
          if ($from.depth > 0) {
            const block = $from.node(1);
            const empty = block.type.name === 'paragraph' && block.content.size === 0;
            from = empty ? $from.before(1) : $from.after(1);
            to = $from.after(1);
          }
          if (dispatch) {
            tr.replaceWith(from, to, figure);
            // Somewhere to go on writing after a photo at the very end.
            if (from + figure.nodeSize === tr.doc.content.size) tr.insert(tr.doc.content.size, state.schema.nodes['paragraph']!.create());
            // The caret goes into the caption: the next thing to write.
            tr.setSelection(TextSelection.create(tr.doc, from + 1)).scrollIntoView();
          }
          return true;
        },
      setFigureAttrs:
        (pos, attrs) =>
        ({ tr, dispatch }) => {
          const node: PmNode | null = tr.doc.nodeAt(pos);
          if (node === null || node.type.name !== this.name) return false;
          if (dispatch) {
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
            if (attrs.lead === true) clearOtherLeads(tr, pos);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const onImageFiles = this.options.onImageFiles;
    return [
      new Plugin({
        key: new PluginKey('figurePaste'),
        props: {
          handlePaste: (view, event) => {
            const files = [...(event.clipboardData?.files ?? [])].filter(isImageFile);
            if (files.length === 0 || onImageFiles === null) return false;
            // Word (and LibreOffice) put a picture of the copied text beside its HTML: the text is the paste.
            if (htmlHasText(event.clipboardData?.getData('text/html') ?? '')) return false;
            onImageFiles(files, view.state.selection.from);
            return true;
          },
        },
      }),
    ];
  },
});
