import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stageClock } from './deadlines';
import { DEFAULT_REGIMES_DIR, loadRegimes } from './regime';
import { WorkingCalendar } from './working-calendar';

/** The worked examples of docs/communications.md, read from the doc's table. */
const doc = readFileSync(join(__dirname, '../../../../../docs/communications.md'), 'utf8');
const section = doc.slice(doc.indexOf('### Worked examples'), doc.indexOf('## Configuration'));
const rows = section
  .split('\n')
  .filter((line) => /^\| (eu|us)-/.test(line))
  .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
const utc = (text: string) => text.replace(/Z$/, ':00.000Z');

const regimes = loadRegimes(DEFAULT_REGIMES_DIR);
const calendars: Record<string, WorkingCalendar> = { organisation: new WorkingCalendar('DE', 'Europe/Berlin') };

describe('The worked examples of regulatory deadlines in docs/communications.md', () => {
  it('are all there', () => expect(rows.length).toBe(16));

  it.each(rows)('%s %s with %s is due %s', (regimeId, stageId, moments, due) => {
    const regime = regimes.find((r) => r.id === regimeId);
    const stage = regime?.stages.find((s) => s.id === stageId);
    if (!regime || !stage) throw new Error(`no stage ${regimeId}/${stageId}`);
    const calendar = regime.calendar === 'organisation' ? calendars['organisation'] : new WorkingCalendar(regime.calendar.country, regime.calendar.timeZone);
    const facts: Record<string, string> = {};
    const filed: Record<string, { first: string; latest: string }> = {};
    for (const [name, at] of moments.split(/\s+/).map((m) => m.split('='))) {
      if (name.startsWith('filed:')) filed[name.slice(6)] = { first: utc(at), latest: utc(at) };
      else facts[name] = utc(at);
    }
    const clock = stageClock(stage, regime, { facts, filed }, calendar as WorkingCalendar, new Date('2026-01-01T00:00:00Z'));
    if (due === 'not applicable') expect(clock.status).toBe('not_applicable');
    else expect(clock).toMatchObject({ status: 'due', dueAt: utc(due) });
  });
});
