/**
 * The Review tab's label (with the open count) and its panel, loaded on first show: the list
 * itself is kept current from the start (the count is on the tab), the panel's code is not.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { openCount, reviewListStore, startReviewList } from '../app/review-list';
import { useStore } from '../lib/store';

const ReviewPanel = lazy(async () => ({ default: (await import('./review-panel')).ReviewPanel }));

export function LazyReviewPanel() {
  return (
    <Suspense fallback={null}>
      <ReviewPanel />
    </Suspense>
  );
}

export function useReviewTabLabel(): string {
  const { t } = useTranslation();
  useEffect(() => startReviewList(), []);
  const count = useStore(reviewListStore, openCount);
  return count === 0 ? t('suggest.tab') : t('suggest.tabCount', { count });
}
