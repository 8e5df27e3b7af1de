/**
 * The bounded reader's worker entry (see bounded-reader.ts): serves the reader tasks. Built as a
 * second entry of the main bundle (out/main/reader-worker.js); run through tsx from the source tree.
 */
import { READER_TASKS } from './reader-tasks';
import { serveTasks } from './reader-protocol';

serveTasks(READER_TASKS);
