import type { Locator, Page } from 'playwright-core';

/** What a user does in the dashboard, in its own words: labels, buttons, dialogs. */

export const dialog = (page: Page, name: string): Locator => page.getByRole('dialog', { name });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A field by its label, exactly (a required field's label ends with " *"). A picker's list of
 * suggestions carries its field's label too: the field is the input, not the list.
 */
export const field = (scope: Locator | Page, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`)).and(scope.locator('input, textarea, select'));

/** Fills a dialog's fields by label: text and dates are typed, `select:` values are chosen, `check:` boxes ticked. */
export const fill = async (scope: Locator, fields: Record<string, string | string[]>) => {
  for (const [label, value] of Object.entries(fields)) {
    if (label.startsWith('select:')) await field(scope, label.slice(7)).selectOption(value as string);
    else if (label.startsWith('check:')) for (const box of value as string[]) await field(scope, box).check();
    else {
      const input = field(scope, label);
      await input.fill(value as string);
      // A picker keeps its suggestions open while focused; leaving it closes them, as a person would.
      if ((await input.getAttribute('aria-haspopup')) === 'listbox') await input.blur();
    }
  }
};

/** Types part of a name into a picker and chooses one of its suggestions. */
export const pickName = async (scope: Locator | Page, label: string, typed: string, name: string) => {
  const input = field(scope, label);
  await input.fill(typed);
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name, exact: true }).click();
};

export const submitDialog = async (page: Page, name: string, fields: Record<string, string | string[]>, button: string) => {
  const form = dialog(page, name);
  await fill(form, fields);
  await form.getByRole('button', { name: button, exact: true }).click();
  await form.waitFor({ state: 'detached' });
};

export const openTab = (page: Page, name: RegExp) => page.getByRole('tab', { name }).click();

export const addTimelineEntry = async (page: Page, at: string, kind: string, description: string, evidence: string[] = []) => {
  await page.getByRole('button', { name: 'Add entry' }).click();
  await submitDialog(page, 'Add timeline entry', { When: at, 'select:Kind': kind, 'What happened': description, 'check:': evidence }, 'Add entry');
  await page.getByRole('cell', { name: description, exact: true }).waitFor();
};

export const attachEvidence = async (page: Page, kind: string, title: string, url: string) => {
  await page.getByRole('button', { name: 'Attach evidence' }).click();
  await submitDialog(page, 'Attach evidence', { 'select:Kind': kind, Title: title, Link: url }, 'Attach');
  await page.getByRole('link', { name: title }).waitFor();
};

export const identifyCause = async (page: Page, level: string, category: string, description: string, links: string[] = []) => {
  await page.getByRole('button', { name: `Add ${level.toLowerCase()}` }).click();
  await submitDialog(page, 'Identify a cause', { 'select:Category': category, Description: description, 'check:': links }, 'Add cause');
  await page.getByText(description, { exact: true }).waitFor();
};

export interface ItemInput {
  title: string;
  description: string;
  successCriteria: string;
  type: string;
  due: string;
  owner: string;
  ownerKind: string;
  frequency: string;
  effort: string;
  causes: string[];
}

export const proposeActionItem = async (page: Page, item: ItemInput) => {
  await page.getByRole('button', { name: 'Propose action item' }).click();
  await submitDialog(
    page,
    'Propose an action item',
    {
      Title: item.title,
      'What will be done (specific)': item.description,
      'Success criteria (measurable)': item.successCriteria,
      'select:Type': item.type,
      'Due date': item.due,
      'select:Owner is a': item.ownerKind,
      Owner: item.owner,
      'select:How often': item.frequency,
      'select:Effort': item.effort,
      'check:': item.causes,
    },
    'Propose',
  );
  await page.getByText(item.title, { exact: true }).waitFor();
};

/** Waits until `condition` holds, polling; fails after `timeout` ms. */
export const until = async (condition: () => Promise<boolean>, timeout = 5_000) => {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still not so after ${timeout} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Follows a link of the main navigation, through the menu button where the screen is too narrow to show it. */
export const navigateTo = async (page: Page, name: string) => {
  const menu = page.getByRole('button', { name: 'Open the menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
};

/** How many pixels the page scrolls sideways (0 when nothing is wider than the screen). */
export const pageOverflow = (page: Page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/** The badges whose text does not fit them ("IN RE…"), by their text. */
export const truncatedBadges = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.mantine-Badge-root'))
      .filter((badge) => badge.scrollWidth > badge.clientWidth + 1 || Array.from(badge.children).some((part) => part.scrollWidth > part.clientWidth + 1))
      .map((badge) => badge.innerText),
  );
