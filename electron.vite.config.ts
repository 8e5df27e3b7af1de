import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // A classic script index.html names by this fixed path: it runs before the module bundle is compiled.
          'startup-shell': resolve(__dirname, 'renderer/startup-shell.ts'),
        },
        output: { entryFileNames: (chunk) => (chunk.name === 'startup-shell' ? 'assets/startup-shell.js' : 'assets/[name]-[hash].js') },
      },
    },
  },
});
