/**
 * What the renderer loads at startup (renderer_startup_gzip_kb): the modules main.tsx reaches by
 * static imports, read from the sources (type-only imports and `import()` do not count). zod is
 * core's file validator, ~15 KB gzipped: the renderer never validates a file, and a value
 * imported from a schema module (release.ts, thread-schema.ts, ...) brings all of it along. The
 * dialogs and panels loaded on demand (renderer/app/lazy-panels.tsx) stay out of it too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Static imports and re-exports that carry a value: not `import type`, not `{ type A, type B }` alone. */
function runtimeSpecifiers(source: string): string[] {
  const out: string[] = [];
  const statement = /^(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gms;
  for (const m of source.matchAll(statement)) {
    const [, , typeOnly, clause = '', specifier = ''] = m;
    if (typeOnly !== undefined) continue;
    if (m[1] === 'export' && !/^(\*|\{)/.test(clause.trim())) continue; // `export const x = ...` that happens to quote a string
    const names = /\{([^}]*)\}/.exec(clause)?.[1];
    const bare = clause.replace(/\{[^}]*\}/, '').replace(/[\s,]/g, '');
    if (names !== undefined && bare === '' && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    out.push(specifier);
  }
  return out;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (existsSync(candidate) && !candidate.endsWith('/')) {
    if (/\.(tsx?|css)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module and package main.tsx reaches statically. */
function startupGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>(); // package -> the import chain from main.tsx
  const via = new Map<string, string>(); // file -> the file that imported it first
  const chain = (file: string): string => {
    const names: string[] = [];
    for (let f: string | undefined = file; f !== undefined; f = via.get(f)) names.unshift(relative(ROOT, f));
    return names.join(' -> ');
  };
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.css')) continue;
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target === null) throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
        if (!via.has(target) && target !== entry) via.set(target, file);
        todo.push(target);
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, chain(file));
      }
    }
  }
  return { files, packages };
}

describe('what the renderer loads at startup', () => {
  const { files, packages } = startupGraph(resolve(ROOT, 'renderer/main.tsx'));
  const loaded = [...files].map((f) => relative(ROOT, f));

  it('reads the imports it follows', () => {
    expect(runtimeSpecifiers("import type { A } from './a';\nimport { type B } from './b';\nimport { c, type D } from './c';\nimport './d.css';")).toEqual(['./c', './d.css']);
    expect(runtimeSpecifiers("export { e } from './e';\nexport type { F } from './f';\nimport {\n  g,\n  h,\n} from 'pkg/sub';")).toEqual(['./e', 'pkg/sub']);
    expect(loaded).toContain('renderer/app/app.tsx');
    expect(packages.has('react')).toBe(true);
  });

  it('has no zod: values come from the zod-free modules (asset-list, signature-lines, thread-limits, new-release, ...)', () => {
    expect(packages.get('zod') ?? null, `zod reached from ${packages.get('zod')}`).toBeNull();
  });

  it('leaves the export dialog, settings and the sign-off panel to be loaded on demand', () => {
    for (const lazy of ['renderer/panels/export-dialog.tsx', 'renderer/components/settings-dialog.tsx', 'renderer/panels/signoff-panel.tsx']) expect(loaded).not.toContain(lazy);
    expect(packages.has('docx')).toBe(false);
  });

  it('leaves what only a paste needs to the paste pipeline, loaded after the first paint (renderer/editor/paste-loader.ts)', () => {
    for (const name of ['htmlparser2', 'entities', 'domhandler']) expect(packages.get(name) ?? null, `${name} reached from ${packages.get(name)}`).toBeNull();
    const pasteOnly = (f: string): boolean =>
      (f.startsWith('core/import/') && f !== 'core/import/clean/cell-paragraphs.ts') ||
      (f.startsWith('core/vi/legacy/') && f !== 'core/vi/legacy/report.ts') ||
      ['renderer/editor/paste-pipeline.ts', 'renderer/app/article-recognition.ts', 'renderer/components/legacy-field-paste.ts', 'renderer/editor/legacy-convert-form.tsx', 'renderer/editor/legacy-convert.ts'].includes(f);
    expect(loaded.filter(pasteOnly)).toEqual([]);
  });

  it('holds one UI catalogue, loaded by language (renderer/i18n/index.ts), not both', () => {
    for (const catalogue of ['renderer/i18n/vi.ts', 'renderer/i18n/en.ts']) expect(loaded).not.toContain(catalogue);
  });
});
