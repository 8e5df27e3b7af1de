/**
 * A file dropped or pasted on the window, read in the renderer when the host cannot give its path
 * (the browser host): its bytes as base64 for the main process, which checks them; an `io` error
 * when the file cannot be read.
 */
import type { Result } from '../desktop';

export async function readAsBase64(file: File): Promise<Result<string>> {
  try {
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(file);
    });
    return { ok: true, value: dataUrl.replace(/^data:[^,]*,/, '') };
  } catch (error) {
    return { ok: false, error: { code: 'io', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
}
