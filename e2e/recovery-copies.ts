/** What autosave has written to the recovery folder, read from disk: specs poll it instead of sleeping. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

export const recoveryCopies = async (userData: string): Promise<string[]> =>
  (await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((name) => name.endsWith('.pressdesk'));

/**
 * The document.json of every complete recovery copy, joined: '' while none is there. A copy is
 * complete once its entry (<id>.json, written after the release) is at least as new as it: a
 * restart before that would offer nothing.
 */
export async function recoveredText(userData: string): Promise<string> {
  const dir = join(userData, 'recovery');
  const texts = await Promise.all(
    (await recoveryCopies(userData)).map(async (name) => {
      try {
        const copy = join(dir, name);
        // <id>.pressdesk (a whole copy) or <id>.text.pressdesk (the text; photos apart): entry <id>.json.
        const entry = join(dir, name.replace(/(\.text)?\.pressdesk$/, '.json'));
        if ((await stat(entry)).mtimeMs < (await stat(copy)).mtimeMs) return '';
        const zip = unzipSync(new Uint8Array(await readFile(copy)));
        return new TextDecoder().decode(zip['document.json']);
      } catch {
        return ''; // not there yet, or replaced while read: the next poll sees it whole
      }
    }),
  );
  return texts.join('\n');
}
