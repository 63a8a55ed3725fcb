import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { fold, type PostmortemEvent } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import { diffReports } from './diff';
import { auditDocument, toMarkdown } from './document';
import { historyCsv, historyOf, spreadsheetSafe } from './history';
import { toPdf } from './pdf';

const seedEvents = async () => {
  const store = new InMemoryEventStore();
  await writeHistory(store, generateHistory({ incidents: 3, end: new Date('2026-11-01T00:00:00Z') }));
  const all = await store.readAll();
  const stream = all.find((e) => JSON.stringify(e.data).includes('spring sale'))?.streamId as string;
  return { stream, events: await store.readStream(stream) };
};

describe('History and documents', () => {
  it('summarise every event in a line naming the actor', async () => {
    const { events } = await seedEvents();
    const history = historyOf(events);
    expect(history).toHaveLength(events.length);
    history.forEach((h, i) => expect(h.summary.startsWith(`${events[i].metadata.actor} `)).toBe(true));
    expect(history.map((h) => h.summary)).toContainEqual(expect.stringMatching(/identified a causal factor \(software bug\)/));
    expect(historyCsv(history).trim().split('\n')).toHaveLength(events.length + 1);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('keep %j from running as a spreadsheet formula', (cell) =>
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`),
  );

  it('leave every other cell as it is', () => expect(['a-b', 'Reopened: =x', ''].map(spreadsheetSafe)).toEqual(['a-b', 'Reopened: =x', '']));

  it('diff a report against nothing as everything added', async () => {
    const { events } = await seedEvents();
    const report = fold(events as unknown as PostmortemEvent[]);
    const diff = diffReports(null, report);
    expect(diff.sections.timeline.added).toHaveLength(report?.timeline.length ?? -1);
    expect(diffReports(report, report)).toMatchObject({ status: null, facts: [], sections: { causes: { added: [], removed: [], changed: [] } } });
  });

  it('render the report as Markdown and PDF from one document', async () => {
    const { events } = await seedEvents();
    const report = fold(events as unknown as PostmortemEvent[]);
    if (!report) throw new Error('no report');
    const document = auditDocument(report, events.length - 1, events.at(-1)?.metadata.timestamp as string);
    const markdown = toMarkdown(document);
    expect(markdown).toContain('## Causal factors');
    expect(markdown).toContain('| Optimise the order-history query | prevent |');
    expect((await toPdf(document)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
