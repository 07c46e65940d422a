/**
 * The content check in a worker thread (started by src/integrations/content-guard.ts for
 * `astro build`), so it runs beside Astro's startup and Vite's compiling: reads the content folder,
 * runs every rule and posts the problems back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './index.ts';
import { readContent } from './read.ts';

const { root, dir } = workerData as { root: string; dir: string };
parentPort!.postMessage(checkContent(readContent(root, dir)));
