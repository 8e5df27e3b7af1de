/**
 * Native file dialogs, behind an interface: Electron implements it with dialog.showOpenDialog /
 * showSaveDialog (main/electron-dialogs.ts); the browser host and tests supply paths directly.
 * Both resolve to null when the user cancels.
 */
export interface Dialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
}
