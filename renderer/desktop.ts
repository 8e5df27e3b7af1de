/**
 * The only reader of `window.pressdesk` (the preload in Electron, the injected bridge in the
 * browser host). Every call returns a Result; a bridge that throws becomes an `internal` error,
 * so callers only ever handle one shape.
 */
// The one place the renderer touches the contract, for types only (DESIGN.md: renderer -(types only)-> electron/api.ts).
import type * as Api from '../electron/api';

export type AppError = Api.AppError;
export type ErrorCode = Api.ErrorCode;
export type FileFingerprint = Api.FileFingerprint;
export type Language = Api.Language;
export type MenuCommand = Api.MenuCommand;
export type OrganisationProfile = Api.OrganisationProfile;
export type RecoveryEntry = Api.RecoveryEntry;
export type ReleaseVerification = Api.ReleaseVerification;
export type Settings = Api.Settings;
export type SettingsPatch = Api.SettingsPatch;
export type Startup = Api.Startup;
export type UserProfile = Api.UserProfile;
type ApiName = Api.ApiName;
type ApiRequest<K extends ApiName> = Api.ApiRequest<K>;
type ApiResults = Api.ApiResults;
type DesktopApi = Api.DesktopApi;
export type Result<T> = Api.Result<T>;

declare global {
  interface Window {
    readonly pressdesk?: DesktopApi;
  }
}

function bridge(): DesktopApi {
  const api = window.pressdesk;
  if (api === undefined) throw new Error('window.pressdesk is missing: PressDesk must run in its app or the browser host');
  return api;
}

/** A bridge call that threw, as the one Result shape callers handle (also for the startup shell's calls, early-calls.ts). */
export function internalError(error: unknown): { ok: false; error: AppError } {
  return { ok: false, error: { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } } };
}

async function call<K extends ApiName>(name: K, request: ApiRequest<K>): Promise<Result<ApiResults[K]>> {
  try {
    const method = bridge()[name] as (r: ApiRequest<K>) => Promise<Result<ApiResults[K]>>;
    return await method(request);
  } catch (error) {
    return internalError(error);
  }
}

type Calls = { [K in ApiName]: (request: ApiRequest<K>) => Promise<Result<ApiResults[K]>> };

const calls: Calls = {
  getStartup: (r) => call('getStartup', r),
  updateSettings: (r) => call('updateSettings', r),
  openFile: (r) => call('openFile', r),
  saveFile: (r) => call('saveFile', r),
  openDroppedBytes: (r) => call('openDroppedBytes', r),
  clearRecentFiles: (r) => call('clearRecentFiles', r),
  writeRecovery: (r) => call('writeRecovery', r),
  readRecovery: (r) => call('readRecovery', r),
  discardRecovery: (r) => call('discardRecovery', r),
  setDocumentState: (r) => call('setDocumentState', r),
  closeWindow: (r) => call('closeWindow', r),
  newReleaseKind: (r) => call('newReleaseKind', r),
  insertImage: (r) => call('insertImage', r),
  insertImageBytes: (r) => call('insertImageBytes', r),
  readAsset: (r) => call('readAsset', r),
  exportRelease: (r) => call('exportRelease', r),
  printRelease: (r) => call('printRelease', r),
  importFile: (r) => call('importFile', r),
  getIdentity: (r) => call('getIdentity', r),
  moveWorkflow: (r) => call('moveWorkflow', r),
  approveRelease: (r) => call('approveRelease', r),
  verifyRelease: (r) => call('verifyRelease', r),
  importTrustedApprovers: (r) => call('importTrustedApprovers', r),
  exportTrustedApprovers: (r) => call('exportTrustedApprovers', r),
  importGlossary: (r) => call('importGlossary', r),
  exportGlossary: (r) => call('exportGlossary', r),
  readSnapshot: (r) => call('readSnapshot', r),
  mergeReviewedCopy: (r) => call('mergeReviewedCopy', r),
};

export const desktop = {
  ...calls,
  /** Whether a bridge exists at all (a bare browser tab has none). */
  available: (): boolean => window.pressdesk !== undefined,
  /** Menu accelerators, file association and window close arrive here. */
  onCommand(listener: (command: MenuCommand) => void): () => void {
    return bridge().onCommand(listener);
  },
  /** The absolute path of a dropped file, or null where the host cannot tell (browser host). */
  pathForFile(file: File): string | null {
    try {
      return bridge().pathForFile(file);
    } catch {
      return null;
    }
  },
};
