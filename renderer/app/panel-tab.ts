/** Which side-panel tab is showing; a store so a check can switch to Details to focus a field. */
import { createStore } from '../lib/store';

export type PanelTab = 'details' | 'checks' | 'review' | 'signoff';

export const panelTabStore = createStore<PanelTab>('details');

export function showPanelTab(tab: PanelTab): void {
  if (panelTabStore.get() !== tab) panelTabStore.set(tab);
}
