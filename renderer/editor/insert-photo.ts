/**
 * Putting photos into the body: from the dialog (toolbar), from files dropped on the window, and
 * from the clipboard. The main process checks every image; a refused one shows the error alert
 * and leaves the body untouched.
 */
import type { Editor } from '@tiptap/core';
import type { Asset } from '../../core/document/release';
import { currentEditor, rememberAsset } from '../app/document-store';
import { dismissError, showError } from '../app/ui-store';
import { desktop } from '../desktop';
import { readAsBase64 } from '../lib/read-file';

function place(editor: Editor, asset: Asset, pos?: number): void {
  rememberAsset(asset);
  const chain = editor.chain().focus();
  if (pos !== undefined) chain.setTextSelection(Math.min(pos, editor.state.doc.content.size));
  chain.insertFigure(asset).run();
}

/** Toolbar "Insert photo": the main process asks for the file (native dialog, or the host's prompt). */
export async function insertPhotoFromDialog(editor: Editor): Promise<void> {
  const result = await desktop.insertImage({});
  if (!result.ok) return showError(result.error);
  if (result.value === null) return;
  dismissError();
  place(editor, result.value);
}

async function assetFor(file: File): Promise<Asset | null> {
  // Electron knows a dropped file's path: the main process reads it (no 30 MB through base64).
  const path = desktop.pathForFile(file);
  if (path !== null) {
    const result = await desktop.insertImage({ path });
    if (!result.ok) showError(result.error);
    return result.ok ? result.value : null;
  }
  const bytes = await readAsBase64(file);
  if (!bytes.ok) {
    showError(bytes.error);
    return null;
  }
  const result = await desktop.insertImageBytes({ name: file.name || 'image', base64: bytes.value });
  if (!result.ok) showError(result.error);
  return result.ok ? result.value : null;
}

/** Image files dropped or pasted: each checked by the main process, inserted in order at `pos`. */
export async function insertImageFiles(files: readonly File[], pos?: number): Promise<void> {
  let at = pos;
  for (const file of files) {
    const asset = await assetFor(file);
    const editor = currentEditor();
    if (asset === null || editor === null) continue;
    dismissError();
    place(editor, asset, at);
    at = editor.state.selection.to;
  }
}
