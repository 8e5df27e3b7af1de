/**
 * The side panel with its tabs: Details, Checks (the tab label counts the findings), Review (open
 * comments and suggested edits, counted) and Sign-off. Arrow keys move
 * between tabs. The selected tab is a store, so a check can switch to Details to focus a field.
 */
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LazySignoffPanel } from '../app/lazy-panels';
import { panelTabStore, showPanelTab, type PanelTab } from '../app/panel-tab';
import { useStore } from '../lib/store';
import { ChecksPanel, useChecksTabLabel } from '../panels/checks-panel';
import { LazyReviewPanel, useReviewTabLabel } from '../panels/review-tab';
import { DetailsPanel } from './details-panel';

interface Tab {
  id: PanelTab;
  label: string;
  render: () => ReactNode;
}

export function SidePanel() {
  const { t } = useTranslation();
  const base = useId();
  const checksLabel = useChecksTabLabel();
  const reviewLabel = useReviewTabLabel();
  const tabs: Tab[] = [
    { id: 'details', label: t('panel.details'), render: () => <DetailsPanel /> },
    { id: 'checks', label: checksLabel, render: () => <ChecksPanel /> },
    { id: 'review', label: reviewLabel, render: () => <LazyReviewPanel /> },
    { id: 'signoff', label: t('signoff.tab'), render: () => <LazySignoffPanel /> },
  ];
  const selected = useStore(panelTabStore, (s) => s);
  const setSelected = showPanelTab;
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setSelected(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={t('panel.label')} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`} className="tab-panel">
        {current.render()}
      </div>
    </>
  );
}
