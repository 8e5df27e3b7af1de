/**
 * Details for an official notice (thông cáo): number and symbol, summary, the signature block and
 * "Nơi nhận"; and, for a press release, the "About <organisation>" boilerplate. Every field labelled.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, SignatureLine } from '../../core/document/release';
import { MAX_SIGNATURE_LINES, NOTICE_AUTHORITIES } from '../../core/document/signature-lines';
import { documentStore, updateMeta } from '../app/document-store';
import { useStore } from '../lib/store';
import { nfcHandlers, oneLine } from './nfc-input';

type TextKey = Exclude<keyof Notice, 'signatureLines' | 'recipients'>;
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

const EMPTY_LINE: SignatureLine = { authority: '', title: '' };

/** Sets one level of the signature block; empty levels at the end are not kept. */
function setSignatureLine(index: number, patch: Partial<SignatureLine>): void {
  const lines = [...documentStore.get().meta.notice.signatureLines];
  while (lines.length <= index) lines.push(EMPTY_LINE);
  lines[index] = { ...lines[index]!, ...patch };
  while (lines.length > 0 && lines.at(-1)!.authority === '' && lines.at(-1)!.title === '') lines.pop();
  setNotice({ signatureLines: lines });
}

/** One level of the signature block: its authority (TM., KT., T/M, …) and its title, on one line. */
function SignatureLineRow({ index }: { index: number }) {
  const { t } = useTranslation();
  const id = useId();
  const line = useStore(documentStore, (s) => s.meta.notice.signatureLines[index]) ?? EMPTY_LINE;
  const handlers = nfcHandlers((next) => {
    if (next !== (documentStore.get().meta.notice.signatureLines[index]?.title ?? '')) setSignatureLine(index, { title: next });
  }, oneLine);
  return (
    <div className="signature-line">
      <select
        aria-label={t('notice.lineAuthority', { n: index + 1 })}
        value={line.authority}
        data-field={`notice.signatureLines.${index}.authority`}
        onChange={(e) => setSignatureLine(index, { authority: e.target.value as SignatureLine['authority'] })}
      >
        {NOTICE_AUTHORITIES.map((a) => (
          <option key={a} value={a}>
            {a === '' ? t('notice.authorityNone') : a}
          </option>
        ))}
      </select>
      <input
        id={id}
        type="text"
        aria-label={t('notice.lineTitle', { n: index + 1 })}
        value={line.title}
        maxLength={500}
        autoComplete="off"
        data-field={index === 0 ? 'notice.signatureLines' : `notice.signatureLines.${index}`}
        {...handlers}
      />
    </div>
  );
}

/** The signature block as up to three lines, e.g. `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`. */
function SignatureLinesField() {
  const { t } = useTranslation();
  return (
    <fieldset className="field signature-lines" data-testid="signature-lines">
      <legend>{t('notice.signatureLines')}</legend>
      <p className="hint">{t('notice.signatureHint')}</p>
      {Array.from({ length: MAX_SIGNATURE_LINES }, (_, i) => (
        <SignatureLineRow key={i} index={i} />
      ))}
    </fieldset>
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
      <SignatureLinesField />
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
