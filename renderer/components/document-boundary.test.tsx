// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestedDocRelease, objectAltRelease } from '../../core/document/bad-bodies.fixture';
import { createRelease, type Release } from '../../core/document/release';
import { documentStore, loadDocument, updateMeta } from '../app/document-store';
import { replaceDocument } from '../app/file-commands';
import { dismissError, uiStore } from '../app/ui-store';
import { errorMessage, initI18n } from '../i18n';
import { useStore } from '../lib/store';
import { DocumentBoundary } from './document-boundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Stands in for the editor: throws like the figure view did on `alt.trim` for a headline with "BOOM". */
let failAll = false;
/** A display error in one session only (an edit that its editor could not draw). */
let failInSession: number | null = null;
function Sheet() {
  const headline = useStore(documentStore, (s) => s.meta.headline);
  const session = useStore(documentStore, (s) => s.session);
  if (failAll || headline.includes('BOOM')) throw new TypeError('o.alt.trim is not a function');
  if (session === failInSession && headline.includes('ONCE')) throw new TypeError('a display error');
  return <p data-testid="sheet">{headline}</p>;
}

/** The app's arrangement: the boundary keyed by the document session. */
function Screen() {
  const session = useStore(documentStore, (s) => s.session);
  return (
    <DocumentBoundary key={session}>
      <Sheet />
    </DocumentBoundary>
  );
}

const release = (headline: string): Release => ({ ...createRelease('news'), headline });
const sheet = (): string | null => document.querySelector('[data-testid="sheet"]')?.textContent ?? null;

describe('a document the editor cannot show never blanks the window', () => {
  let root: Root;
  const quiet = console.error;
  beforeAll(async () => {
    await initI18n('en');
    console.error = () => {}; // React and the boundary log the thrown render errors on purpose
    root = createRoot(document.body.appendChild(document.createElement('div')));
    loadDocument({ release: release('Bản tin đầu') });
    await act(async () => root.render(<Screen />));
  });
  afterAll(() => {
    act(() => root.unmount());
    console.error = quiet;
  });

  it('a body outside the schema is refused before the editor sees it: same document, a damaged sentence naming the place', async () => {
    for (const bad of [nestedDocRelease(), objectAltRelease()]) {
      const session = documentStore.get().session;
      await act(async () => replaceDocument({ release: bad.release }));
      expect(documentStore.get().session).toBe(session);
      expect(sheet()).toBe('Bản tin đầu');
      const error = uiStore.get().error!;
      expect(error).toEqual({ code: 'corrupt', params: { reason: 'invalid-body', detail: bad.detail } });
      expect(errorMessage(error)).toBe(`This PressDesk file is damaged and cannot be opened; it was not changed. Open an earlier copy, or ask the sender to send it again. Details: ${bad.detail}`);
      expect(loadDocument({ release: bad.release })).toEqual(error);
      expect(documentStore.get().session).toBe(session);
    }
  });

  it('a document whose rendering throws: the previous one comes back and the alert says why', async () => {
    dismissError();
    await act(async () => replaceDocument({ release: release('BOOM') }));
    expect(sheet()).toBe('Bản tin đầu');
    const error = uiStore.get().error!;
    expect(error).toEqual({ code: 'corrupt', params: { reason: 'cannot-show', detail: 'o.alt.trim is not a function' } });
    expect(errorMessage(error)).toMatch(/^PressDesk cannot show that document, so the one before it is back on screen\. No file was changed\. Details: o\.alt\.trim/);
  });

  it('an edited document that fails to draw is redrawn once from its live state, edits kept', async () => {
    dismissError();
    await act(async () => replaceDocument({ release: release('Bản tin ba') }));
    const session = documentStore.get().session;
    failInSession = session;
    await act(async () => updateMeta((m) => ({ ...m, headline: 'Bản tin ba ONCE' })));
    expect(documentStore.get().session).toBe(session + 1);
    expect(sheet()).toBe('Bản tin ba ONCE');
    expect(documentStore.get().dirty).toBe(true);
    expect(errorMessage(uiStore.get().error!)).toMatch(/^PressDesk had to redraw this document after a display error; your text is kept\./);
  });

  it('with nothing left to go back to, the file toolbar and the message stay', async () => {
    dismissError();
    failAll = true;
    await act(async () => replaceDocument({ release: release('Bản tin hai') }));
    expect(sheet()).toBeNull();
    expect(uiStore.get().error?.params?.['reason']).toBe('cannot-show-none');
    expect(document.querySelector('[data-testid="error-alert"]')?.textContent).toMatch(/PressDesk cannot show this document/);
    expect(document.querySelector('.app-header')).not.toBeNull();
    failAll = false;
  });
});
