/**
 * The export dialog, Settings (with About) and the sign-off panel, loaded on first use: their code
 * is fetched and run only when one is opened, so the window becomes usable sooner. Each wrapper
 * reads the store that opens its dialog and loads nothing while it is closed; the sign-off panel
 * loads when its tab is first shown. The modules keep their names for the e2e specs and tests.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { useStore } from '../lib/store';
import { exportStore } from './export-commands';
import { uiStore } from './ui-store';

/** React.lazy over a named export. */
function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const ExportDialog = lazyNamed(() => import('../panels/export-dialog'), 'ExportDialog');
const SettingsDialog = lazyNamed(() => import('../components/settings-dialog'), 'SettingsDialog');
const AboutDialog = lazyNamed(() => import('../components/settings-dialog'), 'AboutDialog');
const SignoffPanel = lazyNamed(() => import('../panels/signoff-panel'), 'SignoffPanel');

export function LazyExportDialog() {
  const open = useStore(exportStore, (s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ExportDialog />
    </Suspense>
  );
}

export function LazySettingsDialog() {
  const open = useStore(uiStore, (s) => s.settingsOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SettingsDialog />
    </Suspense>
  );
}

export function LazyAboutDialog() {
  const open = useStore(uiStore, (s) => s.aboutOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <AboutDialog />
    </Suspense>
  );
}

/** Rendered only while the Sign-off tab is selected (side-panel.tsx). */
export function LazySignoffPanel() {
  return (
    <Suspense fallback={null}>
      <SignoffPanel />
    </Suspense>
  );
}
