import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchConsole } from './browser';

/**
 * A person signed in through the sign-in link in a browser context of their own, at the given
 * size, in UTC and English (UK); the context and its console are kept for the checks after each test.
 */
export const signInPage = async (
  { browser, url, viewport }: { browser: Browser; url: string; viewport: { width: number; height: number } },
  token: string,
  kept: { contexts: BrowserContext[]; consoles: ReturnType<typeof watchConsole>[] },
): Promise<Page> => {
  const context = await browser.newContext({ viewport, timezoneId: 'UTC', locale: 'en-GB' });
  kept.contexts.push(context);
  const page = await context.newPage();
  kept.consoles.push(watchConsole(page));
  await page.goto(`${url}/#token=${token}`);
  await page.getByRole('heading', { name: 'Postmortems' }).waitFor();
  return page;
};
