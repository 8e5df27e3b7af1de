/** The Details tab: kind, dateline, author, media contact, embargo; notice fields or boilerplate by kind. Every field labelled. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldName } from '../../core/checks';
import type { ReleaseKind, ReleaseLanguage } from '../../core/document/release';
import { documentStore, updateMeta, type ReleaseMeta } from '../app/document-store';
import { KINDS } from '../app/release-kinds';
import { useStore } from '../lib/store';
import { defaultEmbargo } from './embargo';
import { EmbargoInput } from './embargo-input';
import { useLocked } from '../app/signoff';
import { nfcHandlers } from './nfc-input';
import { BoilerplateField, NoticeFields } from './notice-fields';
import { DatelineDay } from './day-input';

interface TextFieldProps {
  label: string;
  select: (m: ReleaseMeta) => string;
  apply: (m: ReleaseMeta, value: string) => ReleaseMeta;
  type?: 'text' | 'tel' | 'email' | 'date';
  autoComplete?: string;
  /** The preflight target name (core/checks FieldName), so a check can focus this field. */
  field?: FieldName;
}

function TextField({ label, select, apply, type = 'text', autoComplete = 'off', field }: TextFieldProps) {
  const id = useId();
  const value = useStore(documentStore, (s) => select(s.meta));
  const handlers = nfcHandlers((next) => {
    if (next !== select(documentStore.get().meta)) updateMeta((m) => apply(m, next));
  });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} maxLength={2_000} autoComplete={autoComplete} spellCheck={type === 'text'} data-field={field} {...handlers} />
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function KindField() {
  const { t } = useTranslation();
  const id = useId();
  const kind = useStore(documentStore, (s) => s.meta.kind);
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.kind')}</label>
      <select id={id} value={kind} onChange={(e) => updateMeta((m) => ({ ...m, kind: e.target.value as ReleaseKind }))}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

// A type-only import keeps zod (release.ts's validator) out of the renderer bundle.
const LANGUAGES: readonly ReleaseLanguage[] = ['vi', 'en'];

/** The release's language: every fixed label and date in every export follows it, never the UI's. */
function LanguageField() {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const language = useStore(documentStore, (s) => s.meta.language);
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.language')}</label>
      <select id={id} value={language} aria-describedby={hintId} onChange={(e) => updateMeta((m) => ({ ...m, language: e.target.value as ReleaseLanguage }))}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`details.languages.${l}`)}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">{t('details.languageHint')}</p>
    </div>
  );
}

function EmbargoFields() {
  const { t } = useTranslation();
  const name = useId();
  const embargo = useStore(documentStore, (s) => s.meta.embargo);
  const until = embargo.mode === 'until';
  return (
    <Group legend={t('details.embargo')}>
      <label className="choice">
        <input type="radio" name={name} checked={!until} onChange={() => updateMeta((m) => ({ ...m, embargo: { mode: 'immediate' } }))} />
        {t('details.immediate')}
      </label>
      <label className="choice">
        <input
          type="radio"
          name={name}
          checked={until}
          onChange={() => updateMeta((m) => ({ ...m, embargo: { mode: 'until', at: defaultEmbargo() } }))}
        />
        {t('details.until')}
      </label>
      {until && <EmbargoInput />}
    </Group>
  );
}

export function DetailsPanel() {
  const { t } = useTranslation();
  const kind = useStore(documentStore, (s) => s.meta.kind);
  const locked = useLocked();
  return (
    <div className="details">
      <fieldset className="lock-group" disabled={locked}>
      <KindField />
      <LanguageField />
      <Group legend={t('details.dateline')}>
        <TextField label={t('details.place')} field="dateline.place" select={(m) => m.dateline.place} apply={(m, v) => ({ ...m, dateline: { ...m.dateline, place: v } })} />
        <DatelineDay />
      </Group>
      <Group legend={t('details.author')}>
        <TextField label={t('details.penName')} field="author.penName" select={(m) => m.author.penName} apply={(m, v) => ({ ...m, author: { penName: v } })} />
      </Group>
      <Group legend={t('details.contact')}>
        <TextField label={t('details.contactName')} autoComplete="name" field="contact.name" select={(m) => m.contact.name} apply={(m, v) => ({ ...m, contact: { ...m.contact, name: v } })} />
        <TextField label={t('details.phone')} type="tel" autoComplete="tel" field="contact.phone" select={(m) => m.contact.phone} apply={(m, v) => ({ ...m, contact: { ...m.contact, phone: v } })} />
        <TextField label={t('details.email')} type="email" autoComplete="email" field="contact.email" select={(m) => m.contact.email} apply={(m, v) => ({ ...m, contact: { ...m.contact, email: v } })} />
      </Group>
      <EmbargoFields />
      {kind === 'press' && <BoilerplateField />}
      {kind === 'notice' && <NoticeFields />}
      </fieldset>
    </div>
  );
}
