import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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

/** A laptop's screen, what each new page starts with. */
export const READING_VIEWPORT = { width: 1280, height: 900 };

/** A headless Chromium with a fresh profile, removed again by `close()`. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's "chromium" package before running the browser tests (docs, msw).`);
  }
  // Playwright passes the profile as --user-data-dir itself and rejects that flag in args.
  const profile = mkdtempSync(join(tmpdir(), 'contactkit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: READING_VIEWPORT,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A screen tall enough for a Redoc page to mount every operation of the tag
 * that is open. Redoc 3 renders each operation as a 100 px placeholder and
 * mounts it only when it comes within 200 px of the viewport; on this screen
 * all placeholders of a tag do at once, so no scrolling is needed (and none
 * of the waiting it brings).
 */
export const TALL_VIEWPORT = { width: 1280, height: 16_000 };
