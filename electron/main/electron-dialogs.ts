/** Native Open / Save dialogs, filtered to .pressdesk, attached to the main window. */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ExportFormat, Language } from '../api';
import type { Dialogs } from '../services/dialogs';

const FILTER_NAME: Record<Language, string> = { vi: 'Tệp PressDesk', en: 'PressDesk release' };
const EXPORT_FILTERS: Record<Language, Record<Exclude<ExportFormat, 'cms'>, Electron.FileFilter>> = {
  vi: { docx: { name: 'Tài liệu Word', extensions: ['docx'] }, html: { name: 'Trang web', extensions: ['html', 'htm'] }, pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] } },
  en: { docx: { name: 'Word document', extensions: ['docx'] }, html: { name: 'Web page', extensions: ['html', 'htm'] }, pdf: { name: 'PDF document', extensions: ['pdf'] } },
};
const IMAGE_FILTER: Record<Language, string> = { vi: 'Ảnh (PNG, JPEG, WebP, GIF)', en: 'Photos (PNG, JPEG, WebP, GIF)' };
const TRUST_FILTER: Record<Language, string> = { vi: 'Danh sách người duyệt tin cậy', en: 'Trusted approvers list' };
const IMPORT_FILTER: Record<Language, string> = { vi: 'Văn bản, Markdown, trang web, Word', en: 'Text, Markdown, web page, Word' };
const GLOSSARY_FILTER: Record<Language, string> = { vi: 'Bảng tên chính thức (CSV, văn bản)', en: 'Glossary (CSV, text)' };
const REVIEWED_FILTER: Record<Language, string> = { vi: 'Bản góp ý (PressDesk, Word)', en: "Reviewer's copy (PressDesk, Word)" };

export function createElectronDialogs(
  getWindow: () => BrowserWindow | null,
  getLanguage: () => Language,
  getDefaultFolder: () => string,
): Dialogs {
  const filters = (): Electron.FileFilter[] => [{ name: FILTER_NAME[getLanguage()], extensions: ['pressdesk'] }];
  /** The native Open dialog for one file, starting in the default folder; null when cancelled. */
  const openOne = async (fileFilters: Electron.FileFilter[]): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: fileFilters, defaultPath: getDefaultFolder() };
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  /** The native Save dialog, suggesting `suggestedName` in the default folder; null when cancelled. */
  const saveTo = async (suggestedName: string, fileFilters: Electron.FileFilter[]): Promise<string | null> => {
    const options: Electron.SaveDialogOptions = {
      defaultPath: join(getDefaultFolder(), suggestedName),
      filters: fileFilters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const window = getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    chooseOpenPath: () => openOne(filters()),
    chooseSavePath: (suggestedName) => saveTo(suggestedName, filters()),
    // The CMS export is a new folder: the save dialog names it, the export writer creates it.
    chooseExportPath: (suggestedName, format) => saveTo(suggestedName, format === 'cms' ? [] : [EXPORT_FILTERS[getLanguage()][format]]),
    chooseImagePath: () => openOne([{ name: IMAGE_FILTER[getLanguage()], extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] }]),
    chooseImportPath: () => openOne([{ name: IMPORT_FILTER[getLanguage()], extensions: ['txt', 'md', 'html', 'htm', 'docx'] }]),
    chooseReviewedCopyPath: () => openOne([{ name: REVIEWED_FILTER[getLanguage()], extensions: ['pressdesk', 'docx'] }]),
    chooseTrustedImportPath: () => openOne([{ name: TRUST_FILTER[getLanguage()], extensions: ['json'] }]),
    chooseTrustedExportPath: (suggestedName) => saveTo(suggestedName, [{ name: TRUST_FILTER[getLanguage()], extensions: ['json'] }]),
    chooseGlossaryImportPath: () => openOne([{ name: GLOSSARY_FILTER[getLanguage()], extensions: ['csv', 'txt'] }]),
    chooseGlossaryExportPath: (suggestedName) => saveTo(suggestedName, [{ name: GLOSSARY_FILTER[getLanguage()], extensions: ['csv'] }]),
  };
}
