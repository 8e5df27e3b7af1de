/**
 * `npm run host`: PressDesk in a browser, for machines where Electron cannot be installed.
 * Prints the URL (with its access token) to open in Chromium/Chrome/Edge/Firefox.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    workspace: { type: 'string', default: resolve('.host-data/workspace') },
    'user-data': { type: 'string', default: resolve('.host-data/user') },
    lang: { type: 'string', default: 'vi' },
    'no-sample': { type: 'boolean', default: false },
  },
});

const language = values.lang === 'en' ? 'en' : 'vi';
const host = await startHost({
  rendererDir: resolve('out/renderer'),
  workspaceDir: values.workspace,
  userDataDir: values['user-data'],
  port: Number(values.port),
  language,
  firstRun: !values['no-sample'],
});
console.log(`PressDesk host: ${host.url}`);
console.log(`Files are opened and saved in ${resolve(values.workspace)}`);
const stop = (): void => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
