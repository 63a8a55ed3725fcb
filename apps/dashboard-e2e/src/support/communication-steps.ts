import type { Page } from 'playwright-core';
import { submitDialog } from './editor-steps';

/**
 * The reference incident's stakeholders and communications, entered in the communications tab:
 * a customer notice (which waits for a reviewer's approval) and the meeting with support,
 * held and recorded as sent.
 */
export const communicateTheIncident = async (page: Page) => {
  for (const [name, group, channel] of [
    ['Support and sales teams', 'internal', 'internal_meeting'],
    ['Shoppers', 'customer', 'status_page'],
  ]) {
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await submitDialog(page, 'Add a stakeholder', { Name: name, 'select:Group': group, 'select:Preferred channel': channel }, 'Add stakeholder');
  }
  const plan = async (to: string, channel: string, summary: string, more: Record<string, string> = {}) => {
    await page.getByRole('button', { name: 'Plan communication' }).click();
    await submitDialog(page, 'Plan a communication', { 'check:': [to], 'select:Channel': channel, Summary: summary, ...more }, 'Plan');
  };
  await plan('Shoppers (Customer)', 'status_page', 'Checkout was slow between 09:02 and 10:05 UTC; it is fully recovered');
  await plan('Support and sales teams (Internal)', 'internal_meeting', 'Incident review with support and sales', { 'Planned for': '2026-03-16T14:00' });
  await page.getByText("Needs a reviewer's approval").waitFor();
  await page.getByRole('button', { name: 'Record as sent: Incident review with support and sales' }).click();
  await submitDialog(page, 'Record as sent', { 'Sent at': '2026-03-16T14:05' }, 'Record as sent');
  await page.getByRole('cell', { name: 'Sent 16 Mar 2026, 14:05 UTC', exact: true }).waitFor();
};
