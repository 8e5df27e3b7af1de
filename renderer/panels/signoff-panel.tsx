/**
 * The Sign-off tab: the workflow state, the moves it allows (with an optional note), the
 * approvals with their verdicts in plain words, and the audit history. Approve stays disabled
 * while the Checks tab has blockers, and says how many and which.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockers } from '../../core/checks';
import { checksStore } from '../app/checks';
import { askConfirm, uiStore } from '../app/ui-store';
import { documentStore } from '../app/document-store';
import { actionsFor, runSignoffAction, signoffStore, useWorkflowState, verificationStore, type SignoffAction } from '../app/signoff';
import { errorMessage } from '../i18n';
import { useStore } from '../lib/store';
import { checkMessage } from './checks-panel';
import { formatDateTime } from '../lib/date-format';
import { HistorySection } from './history-section';

const ACTION_KEY = {
  submit: 'signoff.submit',
  'request-changes': 'signoff.requestChanges',
  approve: 'signoff.approve',
  withdraw: 'signoff.withdraw',
} as const;

export function formatWhen(iso: string, language: string): string {
  return formatDateTime(iso, language);
}

function Actions() {
  const { t } = useTranslation();
  // Moves start where the signed chain is, whatever the file's stored state says.
  const state = useWorkflowState();
  const results = useStore(checksStore, (s) => s);
  const busy = useStore(signoffStore, (s) => s.busy);
  const error = useStore(signoffStore, (s) => s.error);
  const [note, setNote] = useState('');
  const noteId = useId();
  const blockedId = useId();
  const blocking = blockers(results);
  const actions = actionsFor(state);
  const profile = useStore(uiStore, (s) => s.settings?.profile);
  const duty = useStore(verificationStore, (v) => v?.duty);
  // 'refuse': the main process would refuse, so the button says why first; 'warn': the question says it.
  const dutyRefused = duty?.conflict != null && duty.rule === 'refuse';
  const run = async (action: SignoffAction): Promise<void> => {
    if (action === 'approve' || action === 'withdraw') {
      const name = profile?.fullName || profile?.penName || '';
      const who = profile?.position ? `${name}, ${profile.position}` : name;
      const warn = action === 'approve' && duty?.conflict != null ? ` ${t('signoff.dutyWarn', { role: t(`signoff.dutyRole.${duty.conflict}`) })}` : '';
      const asked = await askConfirm(
        action === 'approve'
          ? { title: t('signoff.confirmApproveTitle'), message: t('signoff.confirmApprove', { who }) + warn, confirmLabel: t('signoff.approve'), testId: 'confirm-approve' }
          : { title: t('signoff.confirmWithdrawTitle'), message: t('signoff.confirmWithdraw'), confirmLabel: t('signoff.withdraw'), testId: 'confirm-withdraw' },
      );
      if (!asked) return;
    }
    if (await runSignoffAction(action, note.trim())) setNote('');
  };
  const approveBlocked = actions.includes('approve') && (blocking.length > 0 || dutyRefused);
  return (
    <section className="signoff-actions">
      <h2 className="checks-heading">{t('signoff.actions')}</h2>
      <div className="field">
        <label htmlFor={noteId}>{t('signoff.note')}</label>
        <textarea id={noteId} rows={3} maxLength={2_000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="signoff-buttons">
        {actions.map((action) => {
          const blocked = action === 'approve' && approveBlocked;
          return (
            <button
              key={action}
              type="button"
              className={action === 'approve' || action === 'submit' ? 'primary' : undefined}
              disabled={busy || blocked}
              aria-describedby={blocked ? blockedId : undefined}
              onClick={() => void run(action)}
            >
              {t(ACTION_KEY[action])}
            </button>
          );
        })}
      </div>
      {approveBlocked && (
        <p id={blockedId} className="signoff-blocked" data-testid="approve-blocked">
          {blocking.length > 0 && t('signoff.blocked', { count: blocking.length, list: blocking.map((r) => checkMessage(t, r)).join(' ') })}
          {dutyRefused && <span data-testid="approve-duty">{` ${t('signoff.dutyRefused', { role: t(`signoff.dutyRole.${duty.conflict!}`) })}`}</span>}
        </p>
      )}
      <p role="status" className="hint">
        {busy ? t('signoff.working') : ''}
      </p>
      {error !== null && (
        <p role="alert" className="export-error" data-testid="signoff-error" data-code={error.code}>
          {errorMessage(error)}
        </p>
      )}
    </section>
  );
}

function Approvals() {
  const { t, i18n } = useTranslation();
  const verification = useStore(verificationStore, (s) => s);
  const approvals = verification?.approvals ?? [];
  return (
    <section>
      <h2 className="checks-heading">{t('signoff.approvals')}</h2>
      {approvals.length === 0 ? (
        <p className="hint">{t('signoff.noApprovals')}</p>
      ) : (
        <ul className="signoff-approvals" data-testid="signoff-approvals">
          {approvals.map((a, index) => (
            <li key={`${a.fingerprint}-${a.time}-${index}`} data-verdict={a.verdict}>
              <p>{t('signoff.approvalLine', { name: a.signerName, position: a.signerPosition, time: formatWhen(a.time, i18n.language) })}</p>
              <p>{t(`signoff.verdict.${a.withdrawnBy === 'history' ? 'withdrawn-history' : a.verdict}`)}</p>
              {a.note !== '' && <p>{t('signoff.approvalNote', { note: a.note })}</p>}
              <p className="hint fingerprint">{t('signoff.fingerprint', { fingerprint: a.fingerprint })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History() {
  const { t, i18n } = useTranslation();
  const log = useStore(documentStore, (s) => s.meta.workflow.log);
  // Each move's verdict, from the verification of this very log (stale while a move is being verified).
  const verdicts = useStore(verificationStore, (v) => v?.workflow.moves);
  const moves = verdicts?.length === log.length ? verdicts : undefined;
  return (
    <section>
      <h2 className="checks-heading">{t('signoff.history')}</h2>
      {log.length === 0 ? (
        <p className="hint">{t('signoff.noHistory')}</p>
      ) : (
        <ol className="signoff-history" data-testid="signoff-history">
          {log.map((entry, index) => (
            <li key={`${entry.when}-${index}`} data-verdict={moves?.[index]}>
              <p>
                {t('signoff.historyLine', {
                  when: formatWhen(entry.when, i18n.language),
                  who: entry.who,
                  from: t(`signoff.stateName.${entry.from}`),
                  to: t(`signoff.stateName.${entry.to}`),
                })}
              </p>
              {entry.note !== '' && <p>{t('signoff.approvalNote', { note: entry.note })}</p>}
              {moves !== undefined && <p className={moves[index] === 'valid' ? 'hint' : undefined}>{t(`signoff.moveVerdict.${moves[index]!}`)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function SignoffPanel() {
  const { t } = useTranslation();
  const state = useWorkflowState();
  return (
    <div className="signoff" data-testid="signoff-panel">
      <p className="checks-summary" data-testid="workflow-state" data-state={state}>
        {t('signoff.state', { state: t(`signoff.stateName.${state}`) })}
      </p>
      <Actions />
      <Approvals />
      <History />
      <HistorySection />
    </div>
  );
}
