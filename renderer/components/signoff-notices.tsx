/**
 * Above the sheet: what verifying the loaded release's approvals found, in plain words (a valid
 * trusted approval, or one that was withdrawn, is a status; changed content, an altered record or
 * an unknown key is an alert), and, while the release is approved, the lock note pointing to the
 * Sign-off tab.
 */
import { useTranslation } from 'react-i18next';
import { showPanelTab } from '../app/panel-tab';
import { approvalNotices, useLocked, verificationStore, type ApprovalNotice } from '../app/signoff';
import { useStore } from '../lib/store';

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

const BANNER_KEY = {
  valid: 'signoff.bannerValid',
  withdrawn: 'signoff.bannerWithdrawn',
  'content-changed': 'signoff.bannerChanged',
  'bad-signature': 'signoff.bannerBadSignature',
  'untrusted-key': 'signoff.bannerUntrusted',
} as const;

function Banner({ notice: { approval, kind } }: { notice: ApprovalNotice }) {
  const { t, i18n } = useTranslation();
  // A valid approval is good news and a withdrawn one a neutral fact: status lines, not alerts.
  const calm = kind === 'valid' || kind === 'withdrawn';
  return (
    <p
      className={`signoff-banner signoff-banner-${kind === 'valid' ? 'valid' : calm ? 'neutral' : 'problem'}`}
      role={calm ? 'status' : 'alert'}
      data-testid="signoff-banner"
      data-verdict={kind}
    >
      {t(BANNER_KEY[kind], { name: approval.signerName, position: approval.signerPosition, date: formatDate(approval.time, i18n.language) })}
    </p>
  );
}

export function SignoffNotices() {
  const { t } = useTranslation();
  const verification = useStore(verificationStore, (s) => s);
  const locked = useLocked();
  const banners = verification === null ? [] : approvalNotices(verification, locked);
  if (banners.length === 0 && !locked) return null;
  return (
    <div className="signoff-notices">
      {banners.map((notice, index) => (
        <Banner key={`${notice.kind}-${index}`} notice={notice} />
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
