/**
 * The app's colours (issue 10): light or dark as the system says (prefers-color-scheme) unless
 * Settings says always one. Only the chrome changes: the sheet stays paper-white in both, as it
 * prints (styles/theme.css), so a dark theme never shows a release in colours it will not have.
 */
import { themeFor } from './theme-choice';
import { uiStore } from './ui-store';
import '../styles/theme.css';

/** Keeps `<html data-theme>` in step with Settings and the system; returns a stop function. */
export function startTheme(): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    const shown = themeFor(uiStore.get().settings?.theme, query.matches);
    if (document.documentElement.dataset['theme'] !== shown) document.documentElement.dataset['theme'] = shown;
  };
  apply();
  query.addEventListener('change', apply);
  const stop = uiStore.subscribe(apply);
  return () => {
    query.removeEventListener('change', apply);
    stop();
  };
}
