/** Native Open / Save dialogs, filtered to .pressdesk, attached to the main window. */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Language } from '../api';
import type { Dialogs } from '../services/dialogs';

const FILTER_NAME: Record<Language, string> = { vi: 'Tệp PressDesk', en: 'PressDesk release' };

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
  };
}
