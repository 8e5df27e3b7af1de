/**
 * Above the sheet: what verifying the loaded release's approvals found, in plain words (a valid
 * trusted approval is a status; changed content, an altered record or an unknown key is an alert),
 * and, while the release is approved, the lock note pointing to the Sign-off tab.
 */
import { useTranslation } from 'react-i18next';
import { documentStore } from '../app/document-store';
import { showPanelTab } from '../app/panel-tab';
import { isLocked, verificationStore, type ReleaseVerification } from '../app/signoff';
import { useStore } from '../lib/store';

type Approval = ReleaseVerification['approvals'][number];

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

/** The banners to show: the latest valid approval when approved, else the latest approval's problem; an altered record always. */
function bannersFor(verification: ReleaseVerification): Approval[] {
  const { approvals } = verification;
  if (approvals.length === 0) return [];
  const out: Approval[] = [];
  const altered = approvals.filter((a) => a.verdict === 'bad-signature').at(-1);
  if (verification.approved) {
    const valid = approvals.filter((a) => a.verdict === 'valid').at(-1);
    if (valid !== undefined) out.push(valid);
  } else {
    const latest = approvals.at(-1)!;
    if (latest.verdict !== 'bad-signature' && latest.verdict !== 'valid') out.push(latest);
  }
  if (altered !== undefined) out.push(altered);
  return out;
}

const BANNER_KEY = {
  valid: 'signoff.bannerValid',
  'content-changed': 'signoff.bannerChanged',
  'bad-signature': 'signoff.bannerBadSignature',
  'untrusted-key': 'signoff.bannerUntrusted',
} as const;

function Banner({ approval }: { approval: Approval }) {
  const { t, i18n } = useTranslation();
  const valid = approval.verdict === 'valid';
  return (
    <p
      className={`signoff-banner signoff-banner-${valid ? 'valid' : 'problem'}`}
      role={valid ? 'status' : 'alert'}
      data-testid="signoff-banner"
      data-verdict={approval.verdict}
    >
      {t(BANNER_KEY[approval.verdict], { name: approval.signerName, position: approval.signerPosition, date: formatDate(approval.time, i18n.language) })}
    </p>
  );
}

export function SignoffNotices() {
  const { t } = useTranslation();
  const verification = useStore(verificationStore, (s) => s);
  const locked = useStore(documentStore, (s) => isLocked(s.meta.workflow.state));
  const banners = verification === null ? [] : bannersFor(verification);
  if (banners.length === 0 && !locked) return null;
  return (
    <div className="signoff-notices">
      {banners.map((approval, index) => (
        <Banner key={`${approval.verdict}-${index}`} approval={approval} />
      ))}
      {locked && (
        <p className="lock-note" data-testid="lock-note">
          {t('signoff.lockedNote')}{' '}
          <button type="button" className="link-button" onClick={() => showPanelTab('signoff')}>
            {t('signoff.openTab')}
          </button>
        </p>
      )}
    </div>
  );
}
