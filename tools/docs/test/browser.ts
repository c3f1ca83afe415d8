import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's `chromium` package; Playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Locally a missing browser skips the test; under CI it must fail, since CI installs it.
export const skipReason =
  !existsSync(CHROMIUM_PATH) && !process.env.CI
    ? `skipped: ${CHROMIUM_PATH} not found (install it with "apt-get install chromium"; under CI this test fails instead)`
    : undefined;

// No GPU, network services or first-run UI on a headless runner; each run gets its own profile.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile, removed again by `close()`. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's "chromium" package before running the docs test.`);
  }
  // Playwright passes the profile as --user-data-dir itself and rejects that flag in args.
  const profile = mkdtempSync(join(tmpdir(), 'contactkit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Chromium refuses to paint taller surfaces than this.
const MAX_HEIGHT = 16_000;

/**
 * A full-page screenshot of a Redoc page. Redoc renders only the sections near
 * the viewport, so the viewport is grown to the page's height (until it stops
 * growing) to get every section painted, then restored.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.evaluate(() => window.scrollTo(0, 0));
  let height = 0;
  for (let round = 0; round < 5; round++) {
    const next = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT);
    if (next === height) break;
    height = next;
    await page.setViewportSize({ width: viewport?.width ?? 1280, height });
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
}
