import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listApis, repoRoot } from '@contactkit/codegen';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, documentedOperations } from '../src/docs.ts';
import { launchChromium, screenshotWholePage, skipReason } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const screenshots = join(repoRoot, 'reports', 'docs');
const apis = listApis().map(({ name }) => ({ name, spec: bundleSpec(name) }));

const docsDir = join(repoRoot, 'docs', 'dist');
let buildOutput = '';

// The docs are built as the README says, with `pnpm docs:build` from the
// repo's root, so a renamed or shadowed script fails here and not in a reader's shell.
beforeAll(() => {
  rmSync(docsDir, { recursive: true, force: true });
  const result = spawnSync('pnpm', ['docs:build'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  if (result.status !== 0) {
    throw new Error(`\`pnpm docs:build\` failed (exit ${result.status}); run it from the repo's root to see why.\n${result.stdout}\n${result.stderr}`);
  }
  buildOutput = result.stdout;
});

describe('pnpm docs:build', () => {
  it('writes a page per API in redocly.yaml and an index to docs/dist/, and names each one', () => {
    const expected = [...apis.map(({ name }) => `${name}.html`), 'index.html'].sort();
    expect(readdirSync(docsDir).sort()).toEqual(expected);
    for (const { name } of apis) expect(buildOutput).toContain(`${name}: docs/dist/${name}.html`);
    expect(buildOutput).toContain('index: docs/dist/index.html');
  });
});

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe.skipIf(skipReason)(`reference docs in Chromium${skipReason ? ` (${skipReason})` : ''}`, () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(docsDir);
    browser = await launchChromium();
    // The pages embed Redoc; anything fetched from elsewhere (Redoc's badge
    // logo) is aborted so the test never waits on the network.
    await browser.context.route(
      (url) => url.origin !== server.origin && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('index lists every API in redocly.yaml with its title and version', async () => {
    await page.goto(`${server.origin}/index.html`);
    const items = page.locator('li');
    expect(await items.count()).toBe(apis.length);
    for (const [i, { name, spec }] of apis.entries()) {
      const link = items.nth(i).getByRole('link', { name: spec.info.title, exact: true });
      expect(await link.getAttribute('href')).toBe(`./${name}.html`);
      expect(await items.nth(i).textContent()).toContain(`v${spec.info.version}`);
    }
    await page.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });
  });

  it.each(apis)('$name page, opened from the index, shows every operation summary', async ({ name, spec }) => {
    pageErrors.length = 0;
    await page.goto(`${server.origin}/index.html`);
    await page.getByRole('link', { name: spec.info.title, exact: true }).click();
    await page.waitForURL(`${server.origin}/${name}.html`);

    // Redoc renders the title with the version once its script has run.
    const title = page.locator('h1').filter({ hasText: spec.info.title });
    await title.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await title.textContent()).toContain(spec.info.version);

    // Redoc 3 folds each tag's operations behind "+ Show" and renders a
    // section only when it is scrolled to, as a reader expands and navigates.
    const show = page.getByRole('button', { name: '+ Show', exact: true });
    await show.first().waitFor({ state: 'visible', timeout: 60_000 });
    for (let left = await show.count(); left > 0; left = await show.count()) {
      await show.first().click();
      // The section re-renders after the click; wait for it so the next click finds a live button.
      await expect.poll(() => show.count(), { timeout: 30_000 }).toBeLessThan(left);
    }

    const operations = documentedOperations(spec);
    expect(operations.length).toBeGreaterThan(0);
    for (const { summary } of operations) {
      await page.locator('[data-component-name="Menu/Menu"]').getByText(summary, { exact: true }).click();
      const heading = page.locator('h2').filter({ hasText: exactly(summary) });
      await heading.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await heading.isVisible(), `"${summary}" visible on ${name}.html`).toBe(true);
    }

    await screenshotWholePage(page, join(screenshots, `${name}.png`));
    expect(pageErrors, `script errors on ${name}.html`).toEqual([]);
  });
});
