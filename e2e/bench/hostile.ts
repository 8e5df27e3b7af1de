/**
 * `npm run bench` (last): the hostile corpus (electron/test-hostile-corpus.ts), each case in its
 * own `pressdesk` process under /usr/bin/time: peak RSS, wall time and CPU time of the whole
 * process (its reader worker included), and whether it ended with the expected exit code and
 * sentence. Writes the worst case over the corpus: `hostile_max_rss_mb`, `hostile_max_s`, and
 * `hostile_max_cpu_s` beside them (on a shared, loaded machine wall time is mostly waiting), and
 * `hostile_baseline_s`: an ordinary file verified the same way (start-up is most of every case).
 * Targets: <= 512 MB and <= 5 s for every case. Exits 1 if a case ends otherwise than expected.
 *
 *   npx tsx e2e/bench/hostile.ts [case-id ...]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTILE_CASES, goodReleaseFile, hostileArgv, type HostileCase } from '../../electron/test-hostile-corpus';
import { writeBenchResults } from './results';

const TARGET_RSS_MB = 512;
const TARGET_S = 5;
const CLI = resolve('bin/pressdesk.mjs');

interface Measured {
  id: string;
  code: number;
  rssMb: number;
  wallS: number;
  cpuS: number;
  expected: boolean;
  line: string;
}

/** Runs one case in a fresh process; /usr/bin/time writes its figures to a file of their own. */
async function measure(c: HostileCase, dir: string): Promise<Measured> {
  await writeFile(join(dir, c.file), c.make());
  for (const [name, make] of Object.entries(c.beside ?? {})) await writeFile(join(dir, name), make());
  const figures = join(dir, 'time.txt');
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile('/usr/bin/time', ['-f', '%M %e %U %S', '-o', figures, process.execPath, CLI, ...hostileArgv(c)], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }),
    );
  });
  const [rssKb, wall, user, sys] = (await readFile(figures, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  const said = `${stdout}\n${stderr}`.trim();
  return {
    id: c.id,
    code,
    rssMb: rssKb / 1024,
    wallS: wall,
    cpuS: user + sys,
    expected: code === c.exit && c.says.test(said),
    line: said.trim().split('\n')[0]!.slice(0, 110),
  };
}

async function inFolder<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-hostile-bench-'));
  try {
    return await f(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const cases = only.length > 0 ? HOSTILE_CASES.filter((c) => only.includes(c.id)) : HOSTILE_CASES;
  const results: Measured[] = [];
  console.log(`hostile corpus: ${cases.length} cases, each in its own process (targets <= ${TARGET_RSS_MB} MB, <= ${TARGET_S} s)`);
  // What any run costs: start-up (tsx compiles the CLI) and verifying an ordinary file.
  const baseline = await inFolder((dir) =>
    measure({ id: 'baseline', what: 'an ordinary release', file: 'good.pressdesk', make: goodReleaseFile, command: 'verify', exit: 1, says: /Draft/ }, dir),
  );
  console.log(`  ${'baseline: verify an ordinary file'.padEnd(36)} exit ${baseline.code}  ${baseline.rssMb.toFixed(0).padStart(4)} MB  ${baseline.wallS.toFixed(2).padStart(6)} s  cpu ${baseline.cpuS.toFixed(2).padStart(5)} s`);
  for (const c of cases) {
    const m = await inFolder((dir) => measure(c, dir));
    results.push(m);
    const over = m.rssMb > TARGET_RSS_MB || m.wallS > TARGET_S ? '  OVER TARGET' : '';
    console.log(`  ${m.id.padEnd(36)} exit ${m.code}  ${m.rssMb.toFixed(0).padStart(4)} MB  ${m.wallS.toFixed(2).padStart(6)} s  cpu ${m.cpuS.toFixed(2).padStart(5)} s  ${m.expected ? 'as expected' : 'UNEXPECTED'}${over}`);
    if (!m.expected) console.log(`      said: ${m.line}`);
  }
  const worst = (key: 'rssMb' | 'wallS' | 'cpuS'): Measured => results.reduce((a, b) => (b[key] > a[key] ? b : a));
  const rss = worst('rssMb');
  const wall = worst('wallS');
  const cpu = worst('cpuS');
  console.log(`  worst: ${rss.rssMb.toFixed(0)} MB (${rss.id}), ${wall.wallS.toFixed(2)} s (${wall.id}), cpu ${cpu.cpuS.toFixed(2)} s (${cpu.id})`);
  if (only.length === 0) {
    await writeBenchResults({ hostile_max_rss_mb: rss.rssMb, hostile_max_s: wall.wallS, hostile_max_cpu_s: cpu.cpuS, hostile_baseline_s: baseline.wallS });
  }
  if (results.some((m) => !m.expected)) process.exitCode = 1;
}

await main();
