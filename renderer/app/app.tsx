/**
 * The screen: toolbars above, the sheet in the middle, the side panel to the right, the status
 * bar below. The workspace (inside its error boundary) is keyed by the document session, so each
 * New/Open/Restore gets a fresh editor (and undo history) while nothing re-renders as the officer types.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseBody } from '../../core/document/release';
import { ArticleNotice } from '../components/article-notice';
import { DocumentBoundary } from '../components/document-boundary';
import { ErrorAlert } from '../components/error-alert';
import { FindBar } from '../components/find-bar';
import { LegacyNotice } from '../components/legacy-notice';
import { FileToolbar } from '../components/file-toolbar';
import { MergeReportDialog } from '../components/merge-report-dialog';
import { QuestionDialog } from '../components/question-dialog';
import { RecoveryDialog } from '../components/recovery-dialog';
import { ReleaseSheet } from '../components/release-sheet';
import { SignoffNotices } from '../components/signoff-notices';
import { SidePanel } from '../components/side-panel';
import { StatusBar } from '../components/status-bar';
import { FormatToolbar } from '../editor/format-toolbar';
import { useBodyEditor } from '../editor/use-body-editor';
import { LegacyConvertDialog } from '../editor/legacy-convert-dialog';
import { CommentsColumn } from '../review/comments-column';
import { useStore } from '../lib/store';
import { startAutosave } from './autosave';
import { documentName, documentStore } from './document-store';
import { startChecks } from './checks';
import { useAfterFirstPaint } from './after-first-paint';
import { LazyAboutDialog, LazyExportDialog, LazySettingsDialog } from './lazy-panels';
import { startSelectionStats } from './selection-stats';
import { startSignoff } from './signoff';
import { startTheme } from './theme';
import { startStats } from './stats';
import { uiStore } from './ui-store';
import { useDesktopEvents } from './use-desktop-events';

function Workspace({ initialBody }: { initialBody: ReleaseBody }) {
  const editor = useBodyEditor(initialBody);
  // At the first start the panels wait for the first frame and an idle moment: the sheet takes keys sooner.
  const panels = useAfterFirstPaint();
  return (
    <>
      <header className="app-header">
        <Heading />
        <FileToolbar />
        <FormatToolbar editor={editor} />
        <FindBar editor={editor} />
      </header>
      <ErrorAlert />
      <div className="app-middle">
        <main className="desk">
          <SignoffNotices />
          <ArticleNotice />
          <LegacyNotice />
          <LegacyConvertDialog editor={editor} />
          <div className="desk-page">
            <ReleaseSheet editor={editor} />
            {panels && <CommentsColumn editor={editor} />}
          </div>
        </main>
        <Aside panels={panels} />
      </div>
      <footer className="app-footer">
        {/* Until then an empty bar of the same height, as the startup shell draws it. */}
        {panels ? <StatusBar /> : <div className="status-bar">&nbsp;</div>}
      </footer>
    </>
  );
}

/** The page's one h1 (for screen-reader navigation): the app and the document name. */
function Heading() {
  const { t } = useTranslation();
  const name = useStore(documentStore, documentName);
  return <h1 className="visually-hidden">{`PressDesk — ${name ?? t('app.untitled')}`}</h1>;
}

function Aside({ panels }: { panels: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      {panels && <SidePanel />}
    </aside>
  );
}

export function App() {
  const host = useStore(uiStore, (s) => s.host);
  const session = useStore(documentStore, (s) => s.session);
  useDesktopEvents(host);
  useEffect(() => {
    const stopAutosave = startAutosave();
    const stopStats = startStats();
    const stopChecks = startChecks();
    const stopSignoff = startSignoff();
    const stopSelection = startSelectionStats();
    const stopTheme = startTheme();
    return () => {
      stopSelection();
      stopTheme();
      stopSignoff();
      stopAutosave();
      stopStats();
      stopChecks();
    };
  }, []);
  return (
    <>
      {/* A document the editor cannot show brings the previous one back; the window never blanks. */}
      <DocumentBoundary key={session}>
        <Workspace initialBody={documentStore.get().initialBody} />
      </DocumentBoundary>
      <QuestionDialog />
      <LazySettingsDialog />
      <LazyAboutDialog />
      <RecoveryDialog />
      <LazyExportDialog />
      <MergeReportDialog />
    </>
  );
}
