/**
 * The hostile corpus through the CLI, in this process: every case ends in its exit code and its
 * plain sentence, and the CLI still answers afterwards (a good release still verifies as a draft).
 * Each case in its own process, with its memory and time, is e2e/bench/hostile.ts.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli';
import { tempFolder } from './test-helpers';
import { HOSTILE_CASES, goodReleaseFile, hostileArgv } from './test-hostile-corpus';

async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hostile corpus through the CLI', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempFolder('pressdesk-hostile-'));
    await fsp.writeFile(join(dir, 'alive.pressdesk'), goodReleaseFile());
  });
  afterAll(() => cleanup());

  it('has the cases of issue 7 and ours, each with a distinct id', () => {
    const ids = HOSTILE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['docx-100mib-document-xml', 'pressdesk-18m-empty-arrays', 'pressdesk-photos-960mb', 'html-200k-nested-blockquotes', 'md-list-3000-deep', 'pressdesk-nested-doc', 'pressdesk-object-alt']) {
      expect(ids).toContain(id);
    }
  });

  for (const c of HOSTILE_CASES) {
    it(`${c.id}: ${c.what} -> exit ${c.exit}, ${c.says.source}`, async () => {
      const folder = join(dir, c.id);
      await fsp.mkdir(folder);
      await fsp.writeFile(join(folder, c.file), c.make());
      for (const [name, make] of Object.entries(c.beside ?? {})) await fsp.writeFile(join(folder, name), make());
      const result = await run(folder, hostileArgv(c));
      expect(result.code, result.err).toBe(c.exit);
      expect(`${result.out}\n${result.err}`).toMatch(c.says);
      // One plain line, never a stack trace.
      expect(result.err).not.toMatch(/\n\s+at |Error:|went wrong inside/);
      // Still alive and still working.
      const after = await run(dir, ['verify', 'alive.pressdesk']);
      expect(after.out).toMatch(/Draft/i);
    });
  }
});
