import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listApis, repoRoot } from '@contactkit/codegen';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundledSpec, bundleSpec, documentedOperations, type DocumentedOperation } from '../src/docs.ts';
import { requirementLines } from '../src/requirements.ts';
import { launchChromium, READING_VIEWPORT, skipReason, TALL_VIEWPORT } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const screenshots = join(repoRoot, 'reports', 'docs');
const apis = await Promise.all(listApis().map(async ({ name }) => ({ name, spec: await bundleSpec(name) })));

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

/**
 * What the page shows, read in one round trip: the text of each visible h2
 * (as Playwright's `:visible`: a box that is not empty, and not
 * `visibility: hidden`), and by each section's h2 the first paragraph of its
 * description. A heading's text is its own, without the badge Redoc adds to
 * the heading of a deprecated operation.
 */
const readPage = (page: Page) =>
  page.evaluate(() => {
    const own = (heading: Element | null) =>
      [...(heading?.childNodes ?? [])]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
    const visible = (element: Element) => {
      const { width, height } = element.getBoundingClientRect();
      return width > 0 && height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return {
      headings: [...document.querySelectorAll('h2')].filter(visible).map(own),
      openings: Object.fromEntries(
        [...document.querySelectorAll('[data-section-id]')].map((section) => [own(section.querySelector('h2')), section.querySelector('[data-component-name="Markdown/Markdown"] p')?.textContent ?? undefined]),
      ),
    };
  });

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * The summaries a Redoc page shows outside every tag, and those under each tag
 * (an operation with two tags is under both), in the order it shows them: the
 * spec's, with deprecated operations after the others.
 */
function summariesByTag(operations: DocumentedOperation[]): { untagged: string[]; tagged: Map<string, string[]> } {
  const untagged: string[] = [];
  const tagged = new Map<string, string[]>();
  const ordered = [...operations.filter(({ deprecated }) => !deprecated), ...operations.filter(({ deprecated }) => deprecated)];
  for (const { summary, tags } of ordered) {
    if (tags.length === 0) untagged.push(summary);
    for (const tag of tags) tagged.set(tag, [...(tagged.get(tag) ?? []), summary]);
  }
  return { untagged, tagged };
}

/**
 * What the descriptions of the operations that declare `x-contactkit-requires`
 * open with on the page, and must: the line saying what server they need.
 * `shown()` reads the first paragraph of each operation's description, by
 * its heading; `expected(summaries)` is the line of each of those operations
 * that declares one.
 */
function openingLines(page: Page, name: string, spec: BundledSpec, operations: DocumentedOperation[]) {
  const lines = requirementLines(name, spec);
  const declaring = new Map(
    operations.flatMap(({ method, path, summary }) => {
      const line = lines.get(`${method.toUpperCase()} ${path}`);
      return line ? [[summary, line] as const] : [];
    }),
  );
  const pick = (summaries: string[]) => summaries.filter((summary) => declaring.has(summary));
  return {
    shown: async () => (await readPage(page)).openings,
    expected: (summaries: string[]) => expect.objectContaining(Object.fromEntries(pick(summaries).map((summary) => [summary, declaring.get(summary)]))),
    of: (summaries: string[]) => ({ timeout: 15_000, message: `the first line of the descriptions of ${pick(summaries).join(', ') || 'no operation'} on ${name}.html, saying what server each needs` }),
  };
}

const fileName = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

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
    // Only this run's screenshots: one of the index, one per tag of each API.
    rmSync(screenshots, { recursive: true, force: true });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('index lists every API in redocly.yaml with its title and version', async () => {
    await page.setViewportSize(READING_VIEWPORT);
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

  it.each(apis)('$name page, opened from the index, shows every operation summary as a heading, under its tag', async ({ name, spec }) => {
    pageErrors.length = 0;
    await page.setViewportSize(TALL_VIEWPORT);
    await page.goto(`${server.origin}/index.html`);
    await page.getByRole('link', { name: spec.info.title, exact: true }).click();
    await page.waitForURL(`${server.origin}/${name}.html`);

    // Redoc renders the title with the version once its script has run.
    const title = page.locator('h1').filter({ hasText: spec.info.title });
    await title.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await title.textContent()).toContain(spec.info.version);

    const operations = documentedOperations(spec);
    expect(operations.length).toBeGreaterThan(0);
    const { untagged, tagged } = summariesByTag(operations);
    const headings = async () => (await readPage(page)).headings;
    const shown = (where: string) => ({ timeout: 15_000, message: `operation summaries shown as headings ${where} on ${name}.html` });
    await expect.poll(headings, shown('outside every tag')).toEqual(expect.arrayContaining(untagged));
    const opening = openingLines(page, name, spec, operations);
    await expect.poll(opening.shown, opening.of(untagged)).toEqual(opening.expected(untagged));

    // Redoc 3 shows the operations of one tag at a time: "+ Show" under a
    // tag's heading opens that tag (its link, #/<tag>) and folds the one open before.
    for (const [tag, summaries] of tagged) {
      const section = page.locator('[data-section-id]').filter({ has: page.locator('h2').filter({ hasText: exactly(tag) }) });
      await section.getByRole('button', { name: '+ Show', exact: true }).click({ timeout: 15_000 });
      const underTag = async () => {
        const all = await headings();
        return all.slice(all.indexOf(tag) + 1).slice(0, summaries.length);
      };
      await expect.poll(underTag, shown(`right under tag "${tag}", in the spec's order (deprecated ones last),`)).toEqual(summaries);
      await expect.poll(opening.shown, opening.of(summaries)).toEqual(opening.expected(summaries));
      // The screen down to the end of the page's content, not the blank rest of
      // the tall screen; Chromium paints only what is on screen, so a tag longer than it is cut.
      const contentEnd = await page.locator('#api-content').evaluate((content) => content.getBoundingClientRect().bottom);
      const clip = { x: 0, y: 0, width: TALL_VIEWPORT.width, height: Math.min(Math.ceil(contentEnd), TALL_VIEWPORT.height) };
      await page.screenshot({ path: join(screenshots, `${name}.${fileName(tag)}.png`), clip });
    }
    expect(pageErrors, `script errors on ${name}.html`).toEqual([]);
  });
});
