/** Native Open / Save dialogs, filtered to .pressdesk, attached to the main window. */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { TRUSTED_FILE_EXTENSION } from '../../core/signoff/trusted';
import type { ExportFormat, Language } from '../api';
import type { Dialogs } from '../services/dialogs';

const FILTER_NAME: Record<Language, string> = { vi: 'Tệp PressDesk', en: 'PressDesk release' };
const EXPORT_FILTERS: Record<Language, Record<Exclude<ExportFormat, 'cms'>, Electron.FileFilter>> = {
  vi: { docx: { name: 'Tài liệu Word', extensions: ['docx'] }, html: { name: 'Trang web', extensions: ['html', 'htm'] } },
  en: { docx: { name: 'Word document', extensions: ['docx'] }, html: { name: 'Web page', extensions: ['html', 'htm'] } },
};
const IMAGE_FILTER: Record<Language, string> = { vi: 'Ảnh (PNG, JPEG, WebP, GIF)', en: 'Photos (PNG, JPEG, WebP, GIF)' };
const TRUST_FILTER: Record<Language, string> = { vi: 'Danh sách người duyệt tin cậy', en: 'Trusted approvers list' };
const IMPORT_FILTER: Record<Language, string> = { vi: 'Văn bản, Markdown, trang web, Word', en: 'Text, Markdown, web page, Word' };

export function createElectronDialogs(
  getWindow: () => BrowserWindow | null,
  getLanguage: () => Language,
  getDefaultFolder: () => string,
): Dialogs {
  const filters = (): Electron.FileFilter[] => [{ name: FILTER_NAME[getLanguage()], extensions: ['pressdesk'] }];
  return {
    async chooseOpenPath() {
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: filters(), defaultPath: getDefaultFolder() };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(getDefaultFolder(), suggestedName),
        filters: filters(),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportPath(suggestedName, format) {
      // The CMS export is a new folder: the save dialog names it, the export writer creates it.
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(getDefaultFolder(), suggestedName),
        filters: format === 'cms' ? [] : [EXPORT_FILTERS[getLanguage()][format]],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImagePath() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: IMAGE_FILTER[getLanguage()], extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] }],
        defaultPath: getDefaultFolder(),
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImportPath() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: IMPORT_FILTER[getLanguage()], extensions: ['txt', 'md', 'html', 'htm', 'docx'] }],
        defaultPath: getDefaultFolder(),
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseTrustedImportPath() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: TRUST_FILTER[getLanguage()], extensions: ['json'] }],
        defaultPath: getDefaultFolder(),
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseTrustedExportPath() {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(getDefaultFolder(), `pressdesk${TRUSTED_FILE_EXTENSION}`),
        filters: [{ name: TRUST_FILTER[getLanguage()], extensions: ['json'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
