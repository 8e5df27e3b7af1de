/**
 * Above the sheet: what verifying the loaded release's approvals found, in plain words (a valid
 * trusted approval, or one that was withdrawn, is a status; changed content, an altered record or
 * an unknown key is an alert), and, while the release is approved, the lock note pointing to the
 * Sign-off tab.
 */
import { useTranslation } from 'react-i18next';
import { showPanelTab } from '../app/panel-tab';
import { approvalNotices, chainNotices, useLocked, verificationStore, type ApprovalNotice, type ChainNotice } from '../app/signoff';
import { useStore } from '../lib/store';
import { formatDate } from '../lib/date-format';


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

/** What the signed history says of itself: an altered history or a stored state it does not back is an alert. */
function ChainBanner({ notice }: { notice: ChainNotice }) {
  const { t } = useTranslation();
  const calm = notice.kind === 'unsigned';
  const text =
    notice.kind === 'broken'
      ? t('signoff.chainBroken', { move: notice.move })
      : notice.kind === 'mismatch'
        ? t('signoff.chainMismatch', { stored: t(`signoff.stateName.${notice.stored}`), state: t(`signoff.stateName.${notice.state}`) })
        : t('signoff.chainUnsigned');
  return (
    <p className={`signoff-banner signoff-banner-${calm ? 'neutral' : 'problem'}`} role={calm ? 'status' : 'alert'} data-testid="chain-banner" data-kind={notice.kind}>
      {text}
    </p>
  );
}

export function SignoffNotices() {
  const { t } = useTranslation();
  const verification = useStore(verificationStore, (s) => s);
  const locked = useLocked();
  const banners = verification === null ? [] : approvalNotices(verification, locked);
  const chain = verification === null ? [] : chainNotices(verification);
  if (banners.length === 0 && chain.length === 0 && !locked) return null;
  return (
    <div className="signoff-notices">
      {chain.map((notice) => (
        <ChainBanner key={notice.kind} notice={notice} />
      ))}
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
