import type { Page } from 'playwright-core';

/** The accessible text of the focused element: its label, aria-label or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').replace(/\s*\*\s*$/, '').trim();
  });

/** Presses Tab (or Shift+Tab) until the focused element is called `name`; fails if it never is. */
export const tabTo = async (page: Page, name: string | RegExp, { backwards = false, limit = 80 } = {}): Promise<void> => {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    // A focus trap checks where native Tab went in a timer (date fields have several stops):
    // let it run before the next key, as it would between a person's keystrokes.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 10)));
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`Tab never reached "${name}"; it went through: ${seen.join(' | ')}`);
};
