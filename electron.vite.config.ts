import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const STARTUP_SHELL = resolve(__dirname, 'renderer/startup-shell.ts');
const SHELL_COPY = '?startup-shell';

/**
 * The startup shell is a classic script: it cannot import a chunk. A module it shares with the app
 * (app/theme-choice.ts) would become a chunk both import, so the shell's imports get ids of their
 * own and the bundler puts a copy in it; the build fails if the shell still imports or exports.
 */
function startupShellCopies(): Plugin {
  return {
    name: 'pressdesk:startup-shell-copies',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (importer === undefined || (importer !== STARTUP_SHELL && !importer.endsWith(SHELL_COPY))) return null;
      const from = importer.endsWith(SHELL_COPY) ? importer.slice(0, -SHELL_COPY.length) : importer;
      const resolved = await this.resolve(source, from, { skipSelf: true });
      if (resolved === null || resolved.external || resolved.id.includes('?')) return resolved;
      return { ...resolved, id: resolved.id + SHELL_COPY };
    },
    generateBundle(_options, bundle) {
      const shell = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === 'startup-shell');
      if (shell === undefined || shell.type !== 'chunk') return this.error('the startup-shell entry is missing');
      if (shell.imports.length + shell.dynamicImports.length + shell.exports.length > 0) {
        this.error(`assets/startup-shell.js is a classic script but imports or exports: ${[...shell.imports, ...shell.dynamicImports, ...shell.exports].join(', ')}`);
      }
    },
  };
}

/**
 * The stylesheet before the scripts in index.html: the startup shell draws with it and runs only
 * once it has loaded, and behind the scripts' requests it waited for a free connection (HTTP/1.1's
 * six per host in the browser host).
 */
function stylesheetFirst(): Plugin {
  return {
    name: 'pressdesk:stylesheet-first',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        if (links.length === 0) return html;
        const rest = links.reduce((page, link) => page.replace(link, ''), html);
        return rest.replace('<title>', `${links.map((link) => link.trim()).join('\n')}\n<title>`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The bounded reader's worker (electron/services/bounded-reader.ts finds it beside index.js).
          'reader-worker': resolve(__dirname, 'electron/services/reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), startupShellCopies(), stylesheetFirst()],
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // A classic script index.html names by this fixed path: it runs before the module bundle is compiled.
          'startup-shell': STARTUP_SHELL,
        },
        output: { entryFileNames: (chunk) => (chunk.name === 'startup-shell' ? 'assets/startup-shell.js' : 'assets/[name]-[hash].js') },
      },
    },
  },
});
