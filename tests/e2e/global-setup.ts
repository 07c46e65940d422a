/** Serves the built site once for all browser tests and makes sure Chromium is there. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../support/chromium.ts';
import { DIST } from '../../src/dist-checks/read-dist.ts';
import { serveDist } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/pagefind/pagefind.js`))
    throw new Error('dist/ is missing or has no Pagefind index: run `npm run build` first');
  chromiumPath();
  const { url, server } = await serveDist(DIST);
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
