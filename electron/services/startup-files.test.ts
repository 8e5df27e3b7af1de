import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { loadSampleRelease, pressdeskPathFromArgv, sampleFileName } from './startup-files';

describe('start-up files', () => {
  it('finds the .pressdesk file in a command line', () => {
    expect(pressdeskPathFromArgv(['/opt/PressDesk/pressdesk', '--no-sandbox', '/home/an/a.pressdesk'], '/')).toBe('/home/an/a.pressdesk');
    expect(pressdeskPathFromArgv(['PressDesk.exe', 'docs/B.PRESSDESK'], '/home/an')).toBe('/home/an/docs/B.PRESSDESK');
    expect(pressdeskPathFromArgv(['electron', '.', '--inspect'], '/')).toBeNull();
    expect(pressdeskPathFromArgv(['electron', '--x=/a.pressdesk'], '/')).toBeNull();
  });

  it('loads and validates the sample release', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const path = join(dir, 'sample-release.json');
      await fsp.writeFile(path, JSON.stringify({ format: 'pressdesk', version: '1.0', release: vietnameseRelease() }));
      expect(await loadSampleRelease(path)).toEqual(vietnameseRelease());
      await fsp.writeFile(path, JSON.stringify({ format: 'pressdesk', version: '1.0', release: { kind: 'poem' } }));
      await expect(loadSampleRelease(path)).rejects.toThrow();
    } finally {
      await cleanup();
    }
  });

  it('the sample shipped in assets/ for each UI language is valid and written in it', async () => {
    for (const language of ['vi', 'en'] as const) {
      const release = await loadSampleRelease(join(import.meta.dirname, '../../assets', sampleFileName(language)));
      expect(release.headline.length, language).toBeGreaterThan(0);
      expect(release.language, language).toBe(language);
    }
    expect(sampleFileName('vi')).not.toBe(sampleFileName('en'));
  });
});
