/**
 * Export…: Word (DOCX) or PDF (the print page) in a layout template, a standalone web page (HTML, photos embedded or
 * as files), or a folder for the portal's CMS (with copy buttons for its separate fields). The
 * main process asks where to write; on success the path is shown.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDocxTemplate, type ExportOrganisation } from '../../core/export/types';
import { documentStore } from '../app/document-store';
import { answerReplace, exportRelease, exportStore, openExportDialog, type DocxTemplate, type ExportChoice, type ExportFormat } from '../app/export-commands';
import { verificationStore } from '../app/signoff';
import { uiStore } from '../app/ui-store';
import { Modal } from '../components/modal';
import { errorMessage } from '../i18n';
import { useStore } from '../lib/store';
import { FindingItem } from './checks-panel';
import { CmsCopy } from './cms-copy';
import { organisationFindings } from '../../core/checks/organisation';

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'cms'];
const TEMPLATES: readonly DocxTemplate[] = ['news', 'press', 'decree30', 'party36'];
const TEMPLATE_KEY = {
  news: 'export.templateNews',
  press: 'export.templatePress',
  decree30: 'export.templateDecree30',
  party36: 'export.templateParty36',
} as const;

const NO_ORGANISATION: ExportOrganisation = { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' };

function Radio<T extends string>({ name, value, current, label, onChange }: { name: string; value: T; current: T; label: string; onChange: (v: T) => void }) {
  return (
    <label className="choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
}

/** The Checks tab's finding for what the layout prints from Settings and Settings lacks, for the layout chosen here. */
function LayoutFindings({ template, close }: { template: DocxTemplate | undefined; close: () => void }) {
  const organisation = useStore(uiStore, (s) => s.settings?.organisation) ?? null;
  const kind = useStore(documentStore, (s) => s.meta.kind);
  const dateline = useStore(documentStore, (s) => s.meta.dateline);
  const findings = organisationFindings({ kind, dateline }, { organisation, ...(template === undefined ? {} : { template }) });
  if (findings.length === 0) return null;
  return (
    <ul className="checks-list" data-testid="export-findings">
      {findings.map((result) => (
        <li key={result.ruleId}>
          <FindingItem result={result} before={close} />
        </li>
      ))}
    </ul>
  );
}

function ExportForm() {
  const { t } = useTranslation();
  const kind = useStore(documentStore, (s) => s.meta.kind);
  const organisation = useStore(uiStore, (s) => s.settings?.organisation) ?? NO_ORGANISATION;
  const busy = useStore(exportStore, (s) => s.busy);
  const written = useStore(exportStore, (s) => s.written);
  const published = useStore(exportStore, (s) => s.published);
  const error = useStore(exportStore, (s) => s.error);
  const replace = useStore(exportStore, (s) => s.replace);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The question takes the focus: Enter or Space on it keeps the files, the safe answer.
  useEffect(() => {
    if (replace !== null) keepButton.current?.focus();
  }, [replace]);
  const approved = useStore(verificationStore, (s) => s?.approved ?? false);
  const [choice, setChoice] = useState<ExportChoice>(() => ({
    format: 'docx',
    template: defaultDocxTemplate(kind, organisation.rulebook),
    htmlImages: 'files',
    cmsPreset: 'figure',
    reviewCopy: false,
  }));
  const formatName = useId();
  const imagesName = useId();
  const presetName = useId();
  const templateId = useId();
  const set = <K extends keyof ExportChoice>(key: K) => (value: ExportChoice[K]) => setChoice((c) => ({ ...c, [key]: value }));
  const close = (): void => openExportDialog(false);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void exportRelease(choice, !approved);
  };

  return (
    <Modal title={t('export.title')} onCancel={close} testId="export-dialog" className="export-dialog">
      <form onSubmit={submit} noValidate>
        <p className={approved ? 'export-final' : 'export-draft'} data-testid="export-kind">
          {approved ? t('signoff.exportFinal') : t('signoff.exportDraft')}
        </p>
        <fieldset className="group">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((format) => (
            <Radio key={format} name={formatName} value={format} current={choice.format} label={t(`export.${format}`)} onChange={set('format')} />
          ))}
        </fieldset>
        {(choice.format === 'docx' || choice.format === 'pdf') && (
          <div className="field">
            <label htmlFor={templateId}>{t('export.template')}</label>
            <select id={templateId} value={choice.template} onChange={(e) => set('template')(e.target.value as DocxTemplate)}>
              {TEMPLATES.map((template) => (
                <option key={template} value={template}>
                  {t(TEMPLATE_KEY[template])}
                </option>
              ))}
            </select>
          </div>
        )}
        {choice.format === 'docx' && (
          <label className="choice">
            <input type="checkbox" checked={choice.reviewCopy} onChange={(e) => set('reviewCopy')(e.target.checked)} data-testid="export-review-copy" />
            {t('export.reviewCopy')}
          </label>
        )}
        {/* The CMS fields print no header, so no organisation either. */}
        {choice.format !== 'cms' && <LayoutFindings template={choice.format === 'docx' || choice.format === 'pdf' ? choice.template : undefined} close={close} />}
        {choice.format === 'html' && (
          <fieldset className="group">
            <legend>{t('export.htmlImages')}</legend>
            <Radio name={imagesName} value="files" current={choice.htmlImages} label={t('export.htmlFiles')} onChange={set('htmlImages')} />
            <Radio name={imagesName} value="embed" current={choice.htmlImages} label={t('export.htmlEmbed')} onChange={set('htmlImages')} />
          </fieldset>
        )}
        {choice.format === 'cms' && (
          <fieldset className="group">
            <legend>{t('export.cmsPreset')}</legend>
            <Radio name={presetName} value="figure" current={choice.cmsPreset} label={t('export.cmsFigure')} onChange={set('cmsPreset')} />
            <Radio name={presetName} value="centered" current={choice.cmsPreset} label={t('export.cmsCentered')} onChange={set('cmsPreset')} />
          </fieldset>
        )}
        <div role="status" className="export-status" data-testid="export-status">
          {busy ? t('export.working') : written !== null ? t('export.done', { path: written }) : ''}
          {!busy && published !== null && (
            <span data-testid="published-state" data-state={published}>{` ${t(published === 'saved' ? 'signoff.publishedSaved' : 'signoff.publishedUnsaved')}`}</span>
          )}
        </div>
        {error !== null && (
          <p role="alert" className="export-error" data-testid="export-error" data-code={error.code}>
            {errorMessage(error)}
          </p>
        )}
        {replace !== null && (
          <div className="export-replace" data-testid="export-replace">
            <p role="alert">{t('export.replaceQuestion', { count: replace.count, names: replace.names })}</p>
            <div className="modal-actions">
              <button type="button" onClick={() => void answerReplace(true)}>
                {t('export.replace')}
              </button>
              <button type="button" ref={keepButton} onClick={() => void answerReplace(false)}>
                {t('export.keep')}
              </button>
            </div>
          </div>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy} data-autofocus>
            {t('export.submit')}
          </button>
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
        </div>
      </form>
      {choice.format === 'cms' && <CmsCopy preset={choice.cmsPreset} organisation={organisation} draft={!approved} />}
    </Modal>
  );
}

export function ExportDialog() {
  const open = useStore(exportStore, (s) => s.open);
  if (!open) return null;
  return <ExportForm />;
}
