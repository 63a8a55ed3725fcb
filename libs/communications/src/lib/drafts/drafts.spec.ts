import { decide, fold, type PostmortemCommand, type PostmortemEvent } from '@hindsight/domain';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TemplateError, TemplateFiles } from '../templates/template-files';
import { DRAFTS, Drafts } from './drafts';

/** A report with internal text everywhere: titles, descriptions, owners, lessons. */
const report = (() => {
  const commands: PostmortemCommand[] = [
    { type: 'DraftPostmortem', data: { postmortemId: 'pm-1', facts: { title: 'Checkout outage after deploy 4711 by the payments squad', severity: 'SEV2', services: ['checkout', 'orders-db'], team: 'payments', occurredAt: '2026-03-14T09:02:00Z', resolvedAt: '2026-03-14T10:05:00Z', customerImpact: 'Orders took 30 s to place & some failed.', summary: 'Internal: Bob pushed an unreviewed index change.', impact: { usersAffected: 12_000 } } } },
    { type: 'AddTimelineEntry', data: { id: 't-1', at: '2026-03-14T09:12:00Z', kind: 'detection', description: 'PagerDuty woke Bob at home', evidenceIds: [] } },
    { type: 'IdentifyCause', data: { id: 'c-1', level: 'causal_factor', category: 'faulty_deployment', description: 'Deploy 4711 skipped the canary stage', evidenceIds: [], timelineEntryIds: [] } },
    { type: 'IdentifyCause', data: { id: 'c-2', level: 'contributing_cause', category: 'missing_monitoring', description: 'No alert on the orders-db pool', evidenceIds: [], timelineEntryIds: [] } },
    { type: 'ProposeActionItem', data: { id: 'a-1', title: 'Make the canary stage mandatory for squad deploys', description: 'd', successCriteria: 's', type: 'prevent', causeIds: ['c-1'], priority: { frequency: 'occasional', effort: 'small' } } },
    { type: 'ProposeActionItem', data: { id: 'a-2', title: 'Alert on orders-db pool saturation at 80 %', description: 'd', successCriteria: 's', type: 'detect', causeIds: ['c-2'], priority: { frequency: 'occasional', effort: 'small' } } },
    { type: 'RecordLesson', data: { id: 'l-1', kind: 'got_lucky', text: 'Bob happened to be awake' } },
  ];
  const events: PostmortemEvent[] = [];
  for (const command of commands) events.push(...decide(command, fold(events)));
  return fold(events) as NonNullable<ReturnType<typeof fold>>;
})();

const INTERNAL_TEXTS = ['Checkout outage after deploy 4711', 'payments squad', 'Bob', 'unreviewed index', 'PagerDuty', 'Deploy 4711', 'canary', 'orders-db pool', 'happened to be awake', 'SEV2'];

describe('Drafts from the report', () => {
  const drafts = new Drafts(new TemplateFiles(), 'Shop');

  it.each(DRAFTS.filter((d) => d.audience === 'external').map((d) => d.id))('%s says what happened, why and what changes, in plain words and nothing internal', (id) => {
    const { text, subject, audience } = drafts.render(report, id);
    expect(audience).toBe('external');
    for (const internal of INTERNAL_TEXTS) expect(`${subject}\n${text}`).not.toContain(internal);
    expect(text).toContain('checkout and orders-db');
    expect(text).toContain('faulty deployment');
    expect(text).toMatch(/1 change to prevent a recurrence and 1 change to detect it sooner/);
  });

  it('fills the customer notice as the template says, values unescaped in text', () =>
    expect(drafts.render(report, 'customer-notice').text).toBe(
      [
        'Dear customer,',
        '',
        'On 14 Mar 2026, 09:02 UTC checkout and orders-db did not work as it should for 1 h 3 min. Orders took 30 s to place & some failed.',
        '',
        'The cause was faulty deployment. It was fully resolved on 14 Mar 2026, 10:05 UTC.',
        '',
        'To keep it from happening again we are making 1 change to prevent a recurrence and 1 change to detect it sooner.',
        '',
        'We apologise for the trouble this caused.',
        '',
        'Shop',
      ].join('\n'),
    ));

  it('gives the internal summary everything', () => {
    const { text } = drafts.render(report, 'internal-summary');
    for (const internal of ['Checkout outage after deploy 4711', 'PagerDuty woke Bob', 'Deploy 4711 skipped the canary stage', 'Make the canary stage mandatory']) expect(text).toContain(internal);
  });

  it("refuses a team's external template that names an internal field: it cannot leak what it is not given", () => {
    const own = mkdtempSync(join(tmpdir(), 'drafts-'));
    mkdirSync(join(own, 'drafts'));
    writeFileSync(join(own, 'drafts', 'customer-notice.hbs'), 'About {{title}}: {{summary}}');
    expect(() => new Drafts(new TemplateFiles(own), 'Shop').render(report, 'customer-notice')).toThrow(TemplateError);
    expect(() => new Drafts(new TemplateFiles(own), 'Shop').render(report, 'customer-notice')).toThrow(/customer-notice.hbs: "title" not defined/);
  });
});
