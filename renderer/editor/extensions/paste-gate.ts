/**
 * A paste — or a drop from another program — that arrives before the paste pipeline is loaded
 * (paste-loader.ts) waits for it. ProseMirror must answer a paste event at once, so the gate takes
 * the event, copies its clipboard and keeps the selection, mapped through every transaction made
 * meanwhile; once the pipeline is in, it puts that selection back and dispatches the same clipboard
 * as a paste event, which every paste hook then handles as it always did: one transaction, one undo
 * step, where the selection was. Once loaded, the gate lets every event through untouched.
 */
import { Plugin, PluginKey, TextSelection, type Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { loadPastePipeline, pastePipeline, preloadPastePipeline } from '../paste-loader';

interface Waiting {
  id: number;
  selection: Selection;
}

type GateMeta = { add: Waiting } | { remove: number };

export const pasteGateKey = new PluginKey<readonly Waiting[]>('pasteGate');

/** A clipboard's content, read while the event is live (a DataTransfer is empty once it has passed). */
interface Clip {
  html: string;
  text: string;
  files: File[];
}

/** The clipboard as ProseMirror would read it: text/plain, else Text, else the URI list on one line. */
function textOf(data: DataTransfer): string {
  return data.getData('text/plain') || data.getData('Text') || data.getData('text/uri-list').replace(/\r?\n/g, ' ');
}

/** What the paste carries; a plain paste (Ctrl+Shift+V) with text keeps only the text, as ProseMirror reads it. */
function clipOf(data: DataTransfer, plain: boolean): Clip | null {
  const text = textOf(data);
  const html = plain && text !== '' ? '' : data.getData('text/html');
  if (html === '' && text === '') return null; // files alone: the figure plugin's, no cleaner needed
  return { html, text, files: [...data.files] };
}

function transferOf(clip: Clip): DataTransfer {
  const data = new DataTransfer();
  if (clip.html !== '') data.setData('text/html', clip.html);
  if (clip.text !== '') data.setData('text/plain', clip.text);
  for (const file of clip.files) data.items.add(file);
  return data;
}

/** ProseMirror's own test for a plain-text paste (Shift held, not Shift+Insert); its input state is not public API. */
function pastesPlain(view: EditorView): boolean {
  const input = (view as unknown as { input?: { shiftKey?: boolean; lastKeyCode?: number | null } }).input;
  return input?.shiftKey === true && input.lastKeyCode !== 45;
}

const replayed = new WeakSet<Event>();
let nextId = 1;
let queue: Promise<void> = Promise.resolve();

function replay(view: EditorView, id: number, clip: Clip, drop: boolean): void {
  if (view.isDestroyed) return;
  const waiting = pasteGateKey.getState(view.state)?.find((w) => w.id === id);
  const tr = view.state.tr.setMeta(pasteGateKey, { remove: id } satisfies GateMeta);
  if (waiting !== undefined && !waiting.selection.eq(view.state.selection)) tr.setSelection(waiting.selection);
  view.dispatch(tr);
  if (drop) view.focus(); // as ProseMirror focuses the editor after a drop
  const event = new ClipboardEvent('paste', { clipboardData: transferOf(clip), bubbles: true, cancelable: true });
  replayed.add(event);
  view.dom.dispatchEvent(event);
}

/** Takes the event and pastes `clip` at `selection` once the pipeline is in (in order, after earlier waiting pastes). */
function wait(view: EditorView, event: Event, clip: Clip, selection: Selection, drop: boolean): boolean {
  event.preventDefault();
  const id = nextId++;
  view.dispatch(view.state.tr.setMeta(pasteGateKey, { add: { id, selection } } satisfies GateMeta));
  // Should the chunk fail to load, the paste still goes through ProseMirror's own reading.
  queue = queue.then(() => loadPastePipeline().then(() => undefined, () => undefined)).then(() => replay(view, id, clip, drop));
  return true;
}

export function pasteGatePlugin(): Plugin<readonly Waiting[]> {
  return new Plugin<readonly Waiting[]>({
    key: pasteGateKey,
    state: {
      init: () => [],
      apply(tr, waiting) {
        const meta = tr.getMeta(pasteGateKey) as GateMeta | undefined;
        let next = waiting;
        if (next.length > 0 && tr.docChanged) next = next.map((w) => ({ id: w.id, selection: w.selection.map(tr.doc, tr.mapping) }));
        if (meta !== undefined) next = 'add' in meta ? [...next, meta.add] : next.filter((w) => w.id !== meta.remove);
        return next;
      },
    },
    view() {
      // Fetched once the page is idle after the editor is up, so a paste seldom has to wait.
      preloadPastePipeline();
      return {};
    },
    props: {
      handleDOMEvents: {
        paste: (view, event) => {
          if (pastePipeline() !== null || replayed.has(event) || view.composing || event.clipboardData === null) return false;
          const clip = clipOf(event.clipboardData, pastesPlain(view));
          return clip === null ? false : wait(view, event, clip, view.state.selection, false);
        },
        drop: (view, event) => {
          // A drag inside the editor moves its own slice: no cleaner involved.
          if (pastePipeline() !== null || view.dragging !== null || event.dataTransfer === null) return false;
          const clip = clipOf(event.dataTransfer, false);
          const at = clip === null ? null : view.posAtCoords({ left: event.clientX, top: event.clientY });
          if (clip === null || at === null) return false;
          return wait(view, event, clip, TextSelection.near(view.state.doc.resolve(at.pos)), true);
        },
      },
    },
  });
}
