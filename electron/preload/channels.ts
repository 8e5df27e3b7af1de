/**
 * IPC channel names for the preload, free of run-time imports (see preload/index.ts for why).
 * Must equal channelOf / COMMAND_CHANNEL in ../api.ts; channels.test.ts keeps them in step.
 */
import type { ApiName } from '../api';

export const channelOf = (name: ApiName): string => `pressdesk:${name}`;
export const COMMAND_CHANNEL = 'pressdesk:command';
