import type { Page } from 'playwright-core';

export { launchBrowser } from '@hindsight/testing';

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
