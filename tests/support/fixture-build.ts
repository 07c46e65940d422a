/**
 * Real `astro build` runs over small fixture content sets (tests/fixtures/valid plus edits),
 * each with its own content folder, cache and output under .tmp/fixtures/<name>/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureBuild {
  status: number | null;
  output: string;
  dist: string;
}

/** edits: path inside content/ → function from old text to new text. */
export function buildFixture(
  name: string,
  edits: Record<string, (text: string) => string> = {},
  overlay?: string,
): FixtureBuild {
  const base = join('.tmp', 'fixtures', name);
  rmSync(base, { recursive: true, force: true });
  const content = join(base, 'content');
  cpSync('tests/fixtures/valid', content, { recursive: true });
  if (overlay) cpSync(join('tests/fixtures/invalid', overlay), content, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const p = join(content, file);
    writeFileSync(p, edit(readFileSync(p, 'utf8')));
  }
  const dist = join(base, 'dist');
  const r = spawnSync('node_modules/.bin/astro', ['build', '--outDir', dist], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
      SIMEXIT_CONTENT: content,
      SIMEXIT_CACHE: join(base, 'cache'),
      NO_COLOR: '1',
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist: join(process.cwd(), dist) };
}
