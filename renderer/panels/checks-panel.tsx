/**
 * The Checks tab: the preflight findings of core/checks, recomputed on idle (renderer/app/checks.ts),
 * blockers first. Severity is an icon and a word, never colour alone; each finding is a button that
 * jumps to its place (a field, switching to Details when needed, a node in the body, or Settings
 * for what the organisation profile lacks). The export dialog shows its findings with the same item.
 */
import { useTranslation } from 'react-i18next';
import i18next, { type TFunction } from 'i18next';
import { blockers, warnings, type CheckResult } from '../../core/checks';
import type { DocxTemplate } from '../../core/export/types';
import { checksStore, jumpTo } from '../app/checks';
import { fixGlossaryVariants, normaliseToneStyle } from '../app/house-style';
import { useLocked } from '../app/signoff';
import { formatDateTime } from '../lib/date-format';
import { useStore } from '../lib/store';
import type { Catalogue } from '../i18n/vi';

type MessageKey = keyof Catalogue['checks']['rule'];

function messageKey(result: CheckResult): MessageKey {
  if (result.ruleId === 'embargo.future') return result.params['reason'] === 'invalid' ? 'embargo_invalid' : 'embargo_past';
  return result.ruleId.replace('.', '_') as MessageKey;
}

const LAYOUT_KEY = {
  news: 'export.templateNews',
  press: 'export.templatePress',
  decree30: 'export.templateDecree30',
  party36: 'export.templateParty36',
} as const satisfies Record<DocxTemplate, string>;

/** `language` for the dates in the sentence: the one i18next speaks unless given. */
export function checkMessage(t: TFunction, result: CheckResult, language: string = i18next.language): string {
  const { params } = result;
  if (result.ruleId === 'organisation.missing') {
    const fields = String(params['fields']).split(',').map((f) => t(`settings.${f as 'issuingBody'}`));
    return t('checks.rule.organisation_missing', { layout: t(LAYOUT_KEY[params['layout'] as DocxTemplate]), fields: fields.join(', ') });
  }
  if (result.ruleId === 'text.toneMix') return toneMixMessage(t, params);
  if (result.ruleId === 'table.width') {
    // Millimetres in the finding, centimetres in the sentence, with the language's decimal comma or point.
    const cm = (mm: unknown): string => (Number(mm) / 10).toLocaleString(language, { maximumFractionDigits: 1 });
    const layout = t(LAYOUT_KEY[params['layout'] as DocxTemplate]);
    const key = params['reason'] === 'columns' ? 'checks.rule.table_columns' : 'checks.rule.table_width';
    return t(key, { table: params['table'], columns: params['columns'], width: cm(params['widthMm']), page: cm(params['pageMm']), layout });
  }
  // A time as the app writes times (17:43, 28/11/2026), not ISO; an unreadable one as it is.
  if (result.ruleId === 'embargo.future' && params['reason'] === 'past') return t('checks.rule.embargo_past', { at: formatDateTime(String(params['at']), language) });
  return t(`checks.rule.${messageKey(result)}`, params);
}

/** "12 từ kiểu cũ (như «hòa»), 3 từ kiểu mới (như «thuỷ»). Cơ quan dùng kiểu cũ." */
function toneMixMessage(t: TFunction, params: CheckResult['params']): string {
  const side = (style: 'traditional' | 'reformed'): string => {
    const count = Number(params[`${style}Count`] ?? 0);
    const word = String(params[style] ?? '');
    return word === '' ? t(`houseStyle.${style}Count`, { count }) : t(`houseStyle.${style}Example`, { count, word });
  };
  const preferred = params['preferred'];
  const advice = preferred === 'traditional' ? t('houseStyle.preferTraditional') : preferred === 'reformed' ? t('houseStyle.preferReformed') : t('houseStyle.preferOne');
  return t('checks.rule.text_toneMix', { traditional: side('traditional'), reformed: side('reformed'), advice });
}

/** What a finding can fix at once, beside its button to the place: the glossary's variants, the tone style. */
function FindingAction({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  const locked = useLocked();
  if (result.ruleId === 'glossary.variant') {
    const found = String(result.params['found']);
    const canonical = String(result.params['canonical']);
    return (
      <button type="button" className="check-fix" disabled={locked} onClick={() => fixGlossaryVariants({ found, canonical })}>
        {t('houseStyle.fixAll', { count: Number(result.params['count']) })}
      </button>
    );
  }
  if (result.ruleId === 'text.toneMix') {
    return (
      <button type="button" className="check-fix" disabled={locked} onClick={() => normaliseToneStyle()}>
        {t('houseStyle.normalise')}
      </button>
    );
  }
  return null;
}

const ICONS = { blocker: '⛔', warning: '⚠️' } as const;

/** One finding as a button to its place; `before` runs first (the export dialog closes itself before Settings opens). */
export function FindingItem({ result, before }: { result: CheckResult; before?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <button
      type="button"
      className={`check-item check-${result.severity}`}
      data-rule={result.ruleId}
      onClick={() => {
        before?.();
        jumpTo(result.target);
      }}
    >
      <span className="check-icon" aria-hidden="true">
        {ICONS[result.severity]}
      </span>
      <span className="check-severity">{`${t(`checks.${result.severity}`)}:`}</span> <span className="check-message">{checkMessage(t, result, i18n.language)}</span>
      {/* Not a place on the page: say where the button goes. */}
      {'settings' in result.target && <span className="check-action">{t('checks.openSettings')}</span>}
    </button>
  );
}

function FindingList({ heading, results }: { heading: string; results: CheckResult[] }) {
  if (results.length === 0) return null;
  return (
    <section className="checks-group">
      <h2 className="checks-heading">{heading}</h2>
      <ul className="checks-list">
        {results.map((result, index) => (
          <li key={`${result.ruleId}-${index}`}>
            <FindingItem result={result} />
            <FindingAction result={result} />
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
  return (
    <div className="checks" data-testid="checks-panel">
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
