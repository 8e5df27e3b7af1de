/**
 * Settings: UI language (switches at once), the user's profile, the organisation profile, and the
 * trusted approvers (changed only by importing a shared list) with this installation's own key.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile, Settings, UserProfile } from '../desktop';
import { exportTrustedApprovers, importTrustedApprovers, saveSettings } from '../app/settings-actions';
import { desktop } from '../desktop';
import { openAbout, openSettings, uiStore } from '../app/ui-store';
import { useStore } from '../lib/store';
import { LanguageSelect } from './language-select';
import { Modal } from './modal';
import { nfcHandlers } from './nfc-input';
import { initialsOf } from '../../core/review/people';
import { glossaryToLines, parseGlossary } from '../../core/vi/glossary-file';
import { HouseStyleFieldset } from './house-style-settings';
import { DEFAULT_SPELLING, SpellingFieldset } from '../spell/spelling-settings';

function Text({ label, value, onChange, maxLength = 300, placeholder }: { label: string; value: string; onChange: (v: string) => void; maxLength?: number; placeholder?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} placeholder={placeholder} autoComplete="off" {...nfcHandlers(onChange)} />
    </div>
  );
}

/** A labelled select over a fixed set of values; anything else the DOM reports falls back to the first. */
function Choice<V extends string>({ label, value, options, onChange, testId }: { label: string; value: V; options: readonly (readonly [V, string])[]; onChange: (v: V) => void; testId?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => onChange(options.find(([v]) => v === e.target.value)?.[0] ?? options[0]![0])}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<UserProfile>(settings.profile);
  const [org, setOrg] = useState<Omit<OrganisationProfile, 'trustedApprovers' | 'withdrawnApprovals'>>(() => {
    // The trusted list and its withdrawals are never part of a settings patch: only an import (or a withdrawal) changes them.
    const { trustedApprovers: _trusted, withdrawnApprovals: _withdrawn, ...rest } = settings.organisation;
    return rest;
  });
  const [autosaveFolder, setAutosaveFolder] = useState(settings.autosaveFolder);
  // The glossary is edited as lines and becomes entries on Save.
  const [glossaryText, setGlossaryText] = useState(() => glossaryToLines(settings.organisation.glossary));
  const [theme, setTheme] = useState<NonNullable<Settings['theme']>>(settings.theme ?? 'system');
  const [spelling, setSpelling] = useState<NonNullable<Settings['spelling']>>(settings.spelling ?? DEFAULT_SPELLING);
  const languageId = useId();
  const close = (): void => openSettings(false);
  const user = (key: keyof UserProfile) => (value: string) => setProfile((p) => ({ ...p, [key]: value }));
  const organisation = (key: Exclude<keyof OrganisationProfile, 'rulebook' | 'separationOfDuties' | 'releaseLanguage' | 'trustedApprovers' | 'withdrawnApprovals' | 'glossary' | 'preferredToneStyle'>) => (value: string) => setOrg((o) => ({ ...o, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const organisation = { ...org, glossary: parseGlossary(glossaryText).entries };
    if (await saveSettings({ profile, organisation, autosaveFolder: autosaveFolder.trim(), theme, spelling })) close();
  };

  return (
    <Modal title={t('settings.title')} onCancel={close} testId="settings-dialog" className="settings-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <LanguageSelect id={languageId} autoFocus />
        </div>
        <fieldset className="group">
          <legend>{t('settings.profile')}</legend>
          <Text label={t('settings.fullName')} value={profile.fullName} onChange={user('fullName')} />
          <Text label={t('settings.penName')} value={profile.penName} onChange={user('penName')} />
          <Text label={t('settings.position')} value={profile.position} onChange={user('position')} />
          {/* Empty, comments use the name's initials (core/review/people.ts): shown as the placeholder. */}
          <Text label={t('settings.initials')} value={profile.initials} onChange={user('initials')} maxLength={8} placeholder={initialsOf(profile.fullName || profile.penName)} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('settings.organisation')}</legend>
          <Text label={t('settings.parentBody')} value={org.parentBody} onChange={organisation('parentBody')} />
          <Text label={t('settings.issuingBody')} value={org.issuingBody} onChange={organisation('issuingBody')} />
          <Text label={t('settings.abbreviation')} value={org.abbreviation} onChange={organisation('abbreviation')} maxLength={40} />
          <Text label={t('settings.placeName')} value={org.placeName} onChange={organisation('placeName')} />
          <Choice
            label={t('settings.rulebook')}
            value={org.rulebook}
            options={[['state', t('settings.rulebookState')], ['party', t('settings.rulebookParty')]] as const}
            onChange={(rulebook) => setOrg((o) => ({ ...o, rulebook }))}
          />
          <Choice
            label={t('settings.releaseLanguage')}
            value={org.releaseLanguage}
            options={[['vi', t('details.languages.vi')], ['en', t('details.languages.en')]] as const}
            onChange={(releaseLanguage) => setOrg((o) => ({ ...o, releaseLanguage }))}
          />
        </fieldset>
        <HouseStyleFieldset
          text={glossaryText}
          onText={setGlossaryText}
          preferred={org.preferredToneStyle}
          onPreferred={(preferredToneStyle) => setOrg((o) => ({ ...o, preferredToneStyle }))}
        />
        <Choice
          label={t('signoff.dutySetting')}
          testId="separation-of-duties"
          value={org.separationOfDuties}
          options={[['warn', t('signoff.dutySettingWarn')], ['refuse', t('signoff.dutySettingRefuse')]] as const}
          onChange={(separationOfDuties) => setOrg((o) => ({ ...o, separationOfDuties }))}
        />
        <TrustedApprovers name={profile.fullName || profile.penName} onName={user('fullName')} />
        <Choice
          label={t('settings.theme')}
          testId="theme"
          value={theme}
          options={[['system', t('settings.themeSystem')], ['light', t('settings.themeLight')], ['dark', t('settings.themeDark')]] as const}
          onChange={setTheme}
        />
        <p className="hint">{t('settings.themeHint')}</p>
        <SpellingFieldset value={spelling} onChange={setSpelling} />
        <fieldset className="group">
          <legend>{t('settings.autosave')}</legend>
          <Text label={t('settings.autosaveFolder')} value={autosaveFolder} onChange={setAutosaveFolder} />
          <p className="hint">{t('settings.autosaveHint')}</p>
        </fieldset>
        <div className="modal-actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <button type="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** `name`: the profile's name as typed in this dialog; the exported list carries it, so it is asked for first. */
function TrustedApprovers({ name, onName }: { name: string; onName: (v: string) => void }) {
  const { t } = useTranslation();
  const [askName, setAskName] = useState(false);
  const approvers = useStore(uiStore, (s) => s.settings?.organisation.trustedApprovers) ?? [];
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  // Whether the OS key store really protects the key (not Linux's keyring-less basic_text).
  const [sealedKey, setSealedKey] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    let live = true;
    void desktop.getIdentity({}).then((result) => {
      if (!live || !result.ok) return;
      setFingerprint(result.value.fingerprint);
      setSealedKey(result.value.protection === 'safe-storage');
    });
    return () => {
      live = false;
    };
  }, []);
  const importList = async (): Promise<void> => {
    setMessage('');
    if (await importTrustedApprovers()) setMessage(t('signoff.listImported'));
  };
  const exportList = async (): Promise<void> => {
    setMessage('');
    if (name.trim() === '') {
      setAskName(true);
      setMessage(t('signoff.exportListNeedsName'));
      return;
    }
    const path = await exportTrustedApprovers(name.trim());
    if (path !== null) setMessage(t('signoff.listWritten', { path }));
  };
  return (
    <fieldset className="group">
      <legend>{t('signoff.trusted')}</legend>
      {approvers.length === 0 ? (
        <p className="hint">{t('signoff.trustedEmpty')}</p>
      ) : (
        <ul className="trusted-list" data-testid="trusted-approvers">
          {approvers.map((a) => (
            <li key={a.fingerprint}>
              <p>{t('signoff.trustedLine', { name: a.name, position: a.position })}</p>
              <p className="hint fingerprint">{t('signoff.fingerprint', { fingerprint: a.fingerprint })}</p>
            </li>
          ))}
        </ul>
      )}
      {askName && <Text label={t('signoff.exportListName')} value={name} onChange={onName} />}
      <div className="signoff-buttons">
        <button type="button" onClick={() => void importList()}>
          {t('signoff.importList')}
        </button>
        <button type="button" onClick={() => void exportList()}>
          {t('signoff.exportList')}
        </button>
      </div>
      <p role="status" className="hint" data-testid="trusted-list-status">
        {message}
      </p>
      {fingerprint !== null && (
        <p className="hint fingerprint" data-testid="own-fingerprint">
          {t('signoff.ownFingerprint', { fingerprint })}
        </p>
      )}
      {sealedKey !== null && (
        <p className="hint" data-testid="key-protection">
          {t(sealedKey ? 'signoff.keySealed' : 'signoff.keyUnprotected')}
        </p>
      )}
    </fieldset>
  );
}

export function SettingsDialog() {
  const open = useStore(uiStore, (s) => s.settingsOpen);
  const settings = useStore(uiStore, (s) => s.settings);
  if (!open || settings === null) return null;
  return <SettingsForm settings={settings} />;
}

export function AboutDialog() {
  const { t } = useTranslation();
  const open = useStore(uiStore, (s) => s.aboutOpen);
  const version = useStore(uiStore, (s) => s.appVersion);
  if (!open) return null;
  const close = (): void => openAbout(false);
  return (
    <Modal title={t('about.title')} onCancel={close} testId="about-dialog">
      <p>{t('about.body')}</p>
      <p>{t('about.version', { version })}</p>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={close}>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
