/**
 * Native file dialogs, behind an interface: Electron implements it with dialog.showOpenDialog /
 * showSaveDialog (main/electron-dialogs.ts); the browser host and tests supply paths directly.
 * Both resolve to null when the user cancels.
 */
import type { ExportFormat } from '../api';

export interface Dialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Where to export: a .docx or .html file, or a folder for the CMS export. */
  chooseExportPath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** A .txt / .md / .html / .docx file to import. */
  chooseImportPath(): Promise<string | null>;
  /** A reviewer's copy to merge: a .pressdesk or a reviewed .docx (an implementation without it uses chooseOpenPath). */
  chooseReviewedCopyPath?(): Promise<string | null>;
  /** A photo to insert (PNG, JPEG, WebP, GIF; the main process checks the bytes anyway). */
  chooseImagePath(): Promise<string | null>;
  /** A trusted-approvers file (.pressdesk-trust.json) to import. */
  chooseTrustedImportPath(): Promise<string | null>;
  /** Where to write the trusted-approvers file. */
  /** `suggestedName`: the file name proposed, after whose key the list carries. */
  chooseTrustedExportPath(suggestedName: string): Promise<string | null>;
  /** A glossary list (.csv, .txt) to read; an implementation without it cannot import one. */
  chooseGlossaryImportPath?(): Promise<string | null>;
  /** Where to write the glossary (.csv). */
  chooseGlossaryExportPath?(suggestedName: string): Promise<string | null>;
}
