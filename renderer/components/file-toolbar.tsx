/** File actions: New ▸ kind, Open, Save, Save as, Recent files, Settings, language. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameOf } from '../app/document-store';
import { KINDS } from '../app/release-kinds';
import { importDocument, openExportDialog } from '../app/export-commands';
import { printCurrent } from '../app/print-command';
import { newDocument, openDocument, save, saveAs } from '../app/file-commands';
import { mergeReviewedCopy } from '../app/merge-commands';
import { clearRecentFiles } from '../app/settings-actions';
import { openSettings, uiStore } from '../app/ui-store';
import { useStore } from '../lib/store';
import { LanguageSelect } from './language-select';
import { MenuButton, type MenuItem } from './menu-button';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

function RecentMenu() {
  const { t } = useTranslation();
  const recent = useStore(uiStore, (s) => s.settings?.recentFiles);
  const items: MenuItem[] = (recent ?? []).map((path) => ({
    key: path,
    label: fileNameOf(path),
    title: path,
    onSelect: () => void openDocument(path),
  }));
  if (items.length > 0) items.push({ key: '\0clear', label: t('file.clearRecent'), onSelect: () => void clearRecentFiles() });
  return <MenuButton label={t('file.recent')} menuLabel={t('file.recentMenu')} items={items} emptyLabel={t('file.recentEmpty')} />;
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('file.language')}
      </label>
      <LanguageSelect id={id} />
    </span>
  );
}

export function FileToolbar() {
  const { t } = useTranslation();
  const newItems: MenuItem[] = KINDS.map((kind) => ({ key: kind, label: t(`kind.${kind}`), onSelect: () => void newDocument(kind) }));
  return (
    <div role="toolbar" aria-label={t('file.toolbar')} className="toolbar file-toolbar">
      <MenuButton label={t('file.new')} menuLabel={t('file.newMenu')} items={newItems} />
      <button type="button" title={`${t('file.open')} (${mod}O)`} onClick={() => void openDocument()}>
        {t('file.open')}
      </button>
      <button type="button" title={`${t('file.save')} (${mod}S)`} onClick={() => void save()}>
        {t('file.save')}
      </button>
      <button type="button" title={`${t('file.saveAs')} (${isMac ? '⇧⌘S' : 'Ctrl+Shift+S'})`} onClick={() => void saveAs()}>
        {t('file.saveAs')}
      </button>
      <button type="button" title={`${t('export.open')} (${isMac ? '⇧⌘X' : 'Ctrl+Shift+X'})`} onClick={() => openExportDialog(true)}>
        {t('export.open')}
      </button>
      <button type="button" title={`${t('print.open')} (${mod}P)`} onClick={() => void printCurrent()} data-testid="print-button">
        {t('print.open')}
      </button>
      <button type="button" onClick={() => void importDocument()}>
        {t('import.open')}
      </button>
      <button type="button" onClick={() => void mergeReviewedCopy()}>
        {t('merge.open')}
      </button>
      <RecentMenu />
      <span className="toolbar-spacer" />
      <button type="button" onClick={() => openSettings(true)}>
        {t('file.settings')}
      </button>
      <LanguageSwitch />
    </div>
  );
}
