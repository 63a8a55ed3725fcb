import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/**
 * Collects the page's console errors so a test can fail on any it did not expect.
 * `expect(pattern)` allows one error the test provokes on purpose (a refused token, say).
 */
export const watchConsole = (page: Page) => {
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} @ ${message.location().url}`));
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    allow: (pattern: RegExp) => allowed.push(pattern),
    unexpected: () => errors.filter((e) => !allowed.some((pattern) => pattern.test(e))),
  };
};
