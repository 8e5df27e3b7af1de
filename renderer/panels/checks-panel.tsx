/**
 * The Checks tab: the preflight findings of core/checks, recomputed on idle (renderer/app/checks.ts),
 * blockers first. Severity is an icon and a word, never colour alone; each finding is a button that
 * jumps to its place (a field, switching to Details when needed, or a node in the body).
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { blockers, warnings, type CheckResult } from '../../core/checks';
import { defaultDocxTemplate } from '../../core/export/types';
import { checksStore, jumpTo } from '../app/checks';
import { documentStore } from '../app/document-store';
import { uiStore } from '../app/ui-store';
import { MissingOrganisation } from '../components/missing-organisation';
import { useStore } from '../lib/store';
import type { Catalogue } from '../i18n/vi';

type MessageKey = keyof Catalogue['checks']['rule'];

function messageKey(result: CheckResult): MessageKey {
  if (result.ruleId === 'embargo.future') return result.params['reason'] === 'invalid' ? 'embargo_invalid' : 'embargo_past';
  return result.ruleId.replace('.', '_') as MessageKey;
}

export function checkMessage(t: TFunction, result: CheckResult): string {
  return t(`checks.rule.${messageKey(result)}`, result.params);
}

const ICONS = { blocker: '⛔', warning: '⚠️' } as const;

function FindingList({ heading, results }: { heading: string; results: CheckResult[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return null;
  return (
    <section className="checks-group">
      <h2 className="checks-heading">{heading}</h2>
      <ul className="checks-list">
        {results.map((result, index) => (
          <li key={`${result.ruleId}-${index}`}>
            <button type="button" className={`check-item check-${result.severity}`} data-rule={result.ruleId} onClick={() => jumpTo(result.target)}>
              <span className="check-icon" aria-hidden="true">
                {ICONS[result.severity]}
              </span>
              <span className="check-severity">{`${t(`checks.${result.severity}`)}:`}</span> <span className="check-message">{checkMessage(t, result)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ChecksPanel() {
  const { t } = useTranslation();
  const results = useStore(checksStore, (s) => s);
  const blocking = blockers(results);
  const warning = warnings(results);
  const kind = useStore(documentStore, (s) => s.meta.kind);
  const rulebook = useStore(uiStore, (s) => s.settings?.organisation.rulebook) ?? 'state';
  return (
    <div className="checks" data-testid="checks-panel">
      {kind === 'notice' && <MissingOrganisation template={defaultDocxTemplate('notice', rulebook)} />}
      <p className="checks-summary" role="status">
        {results.length === 0 ? t('checks.allClear') : t('checks.summary', { blockers: blocking.length, warnings: warning.length })}
      </p>
      <FindingList heading={t('checks.blockersHeading')} results={blocking} />
      <FindingList heading={t('checks.warningsHeading')} results={warning} />
    </div>
  );
}

/** The tab's label: "Checks (2)" with the number of findings. */
export function useChecksTabLabel(): string {
  const { t } = useTranslation();
  const count = useStore(checksStore, (s) => s.length);
  return count === 0 ? t('checks.tab') : t('checks.tabCount', { count });
}
