#!/usr/bin/env node
// `npx pressdesk ...` in a checkout: the CLI is TypeScript, so register tsx first, then run it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli.ts');
await main(process.argv.slice(2));
