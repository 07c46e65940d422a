/** A renamed step reached through its old id (alias), in Chromium on a real fixture build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { launch } from '../support/chromium.ts';
import { targetState } from '../support/browser.ts';
import { buildFixture } from '../support/fixture-build.ts';
import { serveDist } from '../support/static-server.ts';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const guides = ['guides/en/testland/testco.mdx', 'guides/zh/testland/testco.mdx'];
  // Two steps, so "highlighted" compares the targeted step with one that is not targeted.
  const rename = (t: string) =>
    t
      .replace('id="online-log-in"', 'id="online-sign-in" aliases="online-log-in"')
      .replace(
        '</Step>\n</Steps>',
        '</Step>\n<Step id="online-confirm" title="Confirm">\nConfirm.\n</Step>\n</Steps>',
      );
  const b = buildFixture('alias-browser', Object.fromEntries(guides.map((g) => [g, rename])));
  if (b.status !== 0) throw new Error(b.output);
  ({ url: base, server } = await serveDist(b.dist));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('step aliases', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`an old step id highlights the renamed step (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await page.goto(`${base}/en/testland/testco/#online-log-in`);
      expect(await targetState(page)).toEqual({
        id: 'online-log-in',
        step: 'online-sign-in',
        highlighted: true,
      });
    });
  }

  it('switching language from the header keeps the step reached through an alias', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/en/testland/testco/#online-log-in`);
    await page.locator('header [data-lang-switch]').click();
    await page.waitForURL(/\/zh\/testland\/testco\/#online-sign-in$/);
    expect(await targetState(page)).toMatchObject({ id: 'online-sign-in', highlighted: true });
  });
});
