/**
 * The bridge the sandboxed renderer sees as `window.pressdesk`: one named method per contract call,
 * a command subscription, and the path of a dropped file. Nothing else — no ipcRenderer, no
 * generic send(channel), no process.env.
 *
 * Only `electron` is imported at run time: a sandboxed preload cannot require other modules, and
 * electron-vite externalises dependencies, so importing ../api (zod) here would break at load.
 * The channel names therefore come from ./channels, which a unit test checks against the contract.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ApiName, ApiRequest, ApiResults, DesktopApi, MenuCommand, Result } from '../api';
import { COMMAND_CHANNEL, channelOf } from './channels';

function call<K extends ApiName>(name: K): (request: ApiRequest<K>) => Promise<Result<ApiResults[K]>> {
  const channel = channelOf(name);
  return (request) => ipcRenderer.invoke(channel, request) as Promise<Result<ApiResults[K]>>;
}

const api = {
  getStartup: call('getStartup'),
  updateSettings: call('updateSettings'),
  openFile: call('openFile'),
  saveFile: call('saveFile'),
  openDroppedBytes: call('openDroppedBytes'),
  clearRecentFiles: call('clearRecentFiles'),
  writeRecovery: call('writeRecovery'),
  readRecovery: call('readRecovery'),
  discardRecovery: call('discardRecovery'),
  setDocumentState: call('setDocumentState'),
  closeWindow: call('closeWindow'),
  newReleaseKind: call('newReleaseKind'),
  insertImage: call('insertImage'),
  insertImageBytes: call('insertImageBytes'),
  readAsset: call('readAsset'),
  exportRelease: call('exportRelease'),
  printRelease: call('printRelease'),
  importFile: call('importFile'),
  getIdentity: call('getIdentity'),
  moveWorkflow: call('moveWorkflow'),
  approveRelease: call('approveRelease'),
  verifyRelease: call('verifyRelease'),
  importTrustedApprovers: call('importTrustedApprovers'),
  exportTrustedApprovers: call('exportTrustedApprovers'),
  importGlossary: call('importGlossary'),
  exportGlossary: call('exportGlossary'),
  readSnapshot: call('readSnapshot'),
  mergeReviewedCopy: call('mergeReviewedCopy'),
  onCommand(listener: (command: MenuCommand) => void): () => void {
    // The wrapper drops the IPC event, which would otherwise hand the page `sender` (ipcRenderer).
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
    };
  },
  pathForFile(file: File): string | null {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('pressdesk', api);
