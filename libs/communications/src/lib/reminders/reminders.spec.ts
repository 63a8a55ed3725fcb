import { InMemoryEventStore } from '@hindsight/event-store';
import { TestMailServer } from '../../testing';
import { DeliveryClaims } from '../outbox/delivery-claims';
import { EmailTransport } from '../transports/email-transport';
import { type DueItem, DueSoonReminders } from './reminders';

const items = new Map<string, DueItem[]>([
  ['carol@shop.example', [
    { reportId: 'pm-1', reportTitle: 'Checkout outage', title: 'Canary releases', dueDate: '2026-03-15' },
    { reportId: 'pm-1', reportTitle: 'Checkout outage', title: 'Runbook training', dueDate: '2026-03-20' },
  ]],
  ['payments-team', [{ reportId: 'pm-1', reportTitle: 'Checkout outage', title: 'Not a person with an address', dueDate: '2026-03-15' }]],
]);

describe('Due-soon reminders by mail', () => {
  let mail: TestMailServer;
  beforeEach(async () => (mail = await TestMailServer.start()));
  afterEach(() => mail.close());

  const reminders = (store: InMemoryEventStore, now: string, holder = 'a') =>
    new DueSoonReminders({
      store,
      claims: new DeliveryClaims(store, holder, 60_000),
      email: new EmailTransport({ url: mail.url, from: 'Hindsight <postmortems@shop.example>' }),
      dueItems: (dueBy) => new Map([...items].map(([p, list]) => [p, list.filter((i) => i.dueDate <= dueBy)])),
      hourUtc: 8,
      dueWithinDays: 7,
      now: () => new Date(now),
    });

  it('sends each person with an address one mail a day listing their items, overdue ones marked, from the hour set', async () => {
    const store = new InMemoryEventStore();
    expect(await reminders(store, '2026-03-16T07:59:00Z').sendDue()).toBe(0);
    expect(await reminders(store, '2026-03-16T08:00:00Z').sendDue()).toBe(1);
    expect(mail.received.map((m) => [m.to, m.subject])).toEqual([[['carol@shop.example'], '2 action items due soon, 1 overdue']]);
    expect(mail.received[0]?.text).toContain('- Canary releases (Checkout outage): due 2026-03-15, overdue');
    expect(await reminders(store, '2026-03-16T12:00:00Z').sendDue()).toBe(0);
    expect(await reminders(store, '2026-03-17T08:00:00Z').sendDue()).toBe(1);
  });

  it('sends it once when several instances run at once', async () => {
    const store = new InMemoryEventStore();
    const sent = await Promise.all(['a', 'b', 'c'].map((holder) => reminders(store, '2026-03-16T09:00:00Z', holder).sendDue()));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(mail.received).toHaveLength(1);
  });
});
