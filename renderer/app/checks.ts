/**
 * Live preflight: the rules of core/checks run over the current release after ~500 ms without
 * edits — never per keystroke (reading a 20,000-word body out of the editor and scanning every
 * word costs milliseconds that typing must not pay), and again when the organisation in Settings
 * changes (a notice layout prints it). A finding's button jumps to its place.
 */
import { TextSelection } from '@tiptap/pm/state';
import { runPreflight, type CheckResult, type FieldName, type Target } from '../../core/checks';
import { createScheduler } from '../lib/scheduler';
import { createStore } from '../lib/store';
import { currentEditor, currentRelease, documentStore, onDocumentChange } from './document-store';
import { startHouseStyleMenu, syncGlossary } from './house-style';
import { showPanelTab } from './panel-tab';
import { openSettings, uiStore } from './ui-store';

export const CHECKS_IDLE_MS = 500;

export const checksStore = createStore<CheckResult[]>([]);

const sameResults = (a: CheckResult[], b: CheckResult[]): boolean => a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

export function recheck(now: Date = new Date()): void {
  const organisation = uiStore.get().settings?.organisation;
  const next = runPreflight(currentRelease(), now, {
    organisation: organisation ?? null,
    glossary: organisation?.glossary ?? [],
    toneStyle: organisation?.preferredToneStyle ?? 'traditional',
  });
  if (!sameResults(checksStore.get(), next)) checksStore.set(next);
  // The body's glossary underlines follow the same settings (and a newly opened document's editor).
  syncGlossary();
}

const scheduler = createScheduler(() => recheck(), { wait: CHECKS_IDLE_MS });

/** Starts the live checks: once now (after the first render), then after every burst of edits and every load. */
export function startChecks(): () => void {
  scheduler.schedule();
  const stopMenu = startHouseStyleMenu();
  const stopChanges = onDocumentChange(() => scheduler.schedule());
  let session = documentStore.get().session;
  const stopLoads = documentStore.subscribe(() => {
    const next = documentStore.get().session;
    if (next !== session) {
      session = next;
      scheduler.schedule();
    }
  });
  let organisation = uiStore.get().settings?.organisation;
  const stopSettings = uiStore.subscribe(() => {
    const next = uiStore.get().settings?.organisation;
    if (next !== organisation) {
      organisation = next;
      scheduler.schedule();
    }
  });
  return () => {
    stopMenu();
    stopChanges();
    stopLoads();
    stopSettings();
    scheduler.cancel();
  };
}

/** Fields edited on the sheet itself; every other field lives in the Details tab. */
const SHEET_FIELDS = new Set<FieldName>(['headline', 'subhead', 'sapo', 'leadPhoto']);

function focusField(field: FieldName): void {
  if (!SHEET_FIELDS.has(field)) showPanelTab('details');
  // The Details tab may need a render first.
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (element === null) return;
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
  });
}

function selectBodyNode(pos: number): void {
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed) return;
  const { doc } = editor.state;
  const at = Math.max(0, Math.min(pos, doc.content.size));
  const node = doc.nodeAt(at);
  // A figure is selected whole; a text block gets the cursor at its start.
  const chain = editor.chain().focus();
  if (node !== null && node.type.name === 'figure') chain.setNodeSelection(at);
  else chain.setTextSelection(TextSelection.near(doc.resolve(node !== null && node.isTextblock ? at + 1 : at)).from);
  chain.scrollIntoView().run();
}

/** Moves focus to where a finding points. */
export function jumpTo(target: Target): void {
  if ('settings' in target) openSettings(true);
  else if ('field' in target) focusField(target.field);
  else selectBodyNode(target.bodyPos);
}
