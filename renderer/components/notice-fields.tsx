/**
 * Details for an official notice (thông cáo): number and symbol, summary, the signature block and
 * "Nơi nhận"; and, for a press release, the "About <organisation>" boilerplate. Every field labelled.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_AUTHORITIES, type Notice } from '../../core/document/release';
import { documentStore, updateMeta } from '../app/document-store';
import { useStore } from '../lib/store';
import { nfcHandlers, oneLine } from './nfc-input';

type TextKey = Exclude<keyof Notice, 'authority' | 'recipients'>;
const MAX_RECIPIENTS = 50;

function setNotice(patch: Partial<Notice>): void {
  updateMeta((m) => ({ ...m, notice: { ...m.notice, ...patch } }));
}

function NoticeText({ field, label, maxLength = 2_000 }: { field: TextKey; label: string; maxLength?: number }) {
  const id = useId();
  const value = useStore(documentStore, (s) => s.meta.notice[field]);
  const handlers = nfcHandlers((next) => {
    if (next !== documentStore.get().meta.notice[field]) setNotice({ [field]: next });
  }, oneLine);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} autoComplete="off" data-field={`notice.${field}`} {...handlers} />
    </div>
  );
}

function AuthorityField() {
  const { t } = useTranslation();
  const id = useId();
  const authority = useStore(documentStore, (s) => s.meta.notice.authority);
  return (
    <div className="field">
      <label htmlFor={id}>{t('notice.authority')}</label>
      <select id={id} value={authority} onChange={(e) => setNotice({ authority: e.target.value as Notice['authority'] })}>
        {NOTICE_AUTHORITIES.map((a) => (
          <option key={a} value={a}>
            {a === '' ? t('notice.authorityNone') : a}
          </option>
        ))}
      </select>
    </div>
  );
}

function RecipientsField() {
  const { t } = useTranslation();
  const id = useId();
  const recipients = useStore(documentStore, (s) => s.meta.notice.recipients);
  const handlers = nfcHandlers((next) => {
    const lines = next.split(/\r\n|\r|\n/).slice(0, MAX_RECIPIENTS);
    if (lines.join('\n') !== documentStore.get().meta.notice.recipients.join('\n')) setNotice({ recipients: lines });
  });
  return (
    <div className="field">
      <label htmlFor={id}>{t('notice.recipients')}</label>
      <textarea id={id} rows={4} value={recipients.join('\n')} spellCheck={false} data-field="notice.recipients" {...handlers} />
    </div>
  );
}

export function NoticeFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="group" data-testid="notice-fields">
      <legend>{t('notice.group')}</legend>
      <NoticeText field="number" label={t('notice.number')} maxLength={20} />
      <NoticeText field="symbol" label={t('notice.symbol')} maxLength={60} />
      <NoticeText field="summary" label={t('notice.summary')} />
      <AuthorityField />
      <NoticeText field="signerPosition" label={t('notice.signerPosition')} />
      <NoticeText field="signerName" label={t('notice.signerName')} />
      <RecipientsField />
    </fieldset>
  );
}

export function BoilerplateField() {
  const { t } = useTranslation();
  const id = useId();
  const value = useStore(documentStore, (s) => s.meta.boilerplate);
  const handlers = nfcHandlers((next) => {
    if (next !== documentStore.get().meta.boilerplate) updateMeta((m) => ({ ...m, boilerplate: next }));
  });
  return (
    <div className="field">
      <label htmlFor={id}>{t('notice.boilerplate')}</label>
      <textarea id={id} rows={4} value={value} maxLength={100_000} data-field="boilerplate" {...handlers} />
    </div>
  );
}
