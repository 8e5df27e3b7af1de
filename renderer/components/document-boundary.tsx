/**
 * Around the workspace (editor, sheet, panels): a document the editor cannot show never blanks
 * the window. When rendering it throws, the document before it comes back in a fresh editor — or,
 * if it was edited, it is redrawn once from its live body (document-store recoverFromRenderFailure;
 * this boundary is keyed by the document session, so the new session mounts a fresh one) — and
 * the alert says why. With nothing to go back to, the file
 * toolbar and the message stay, so the officer can open another file or start a new release.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { recoverFromRenderFailure } from '../app/document-store';
import { showError } from '../app/ui-store';
import { ErrorAlert } from './error-alert';
import { FileToolbar } from './file-toolbar';

interface State {
  failed: boolean;
}

export class DocumentBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('pressdesk: the document could not be shown', error, info.componentStack);
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    const recovered = recoverFromRenderFailure();
    const reason = recovered === 'previous' ? 'cannot-show' : recovered === 'redrawn' ? 'redrawn' : 'cannot-show-none';
    showError({ code: 'corrupt', params: { reason, detail } });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <header className="app-header">
          <FileToolbar />
        </header>
        <ErrorAlert />
      </>
    );
  }
}
