import { fold } from '@hindsight/domain';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditDocument, toMarkdown } from './document';
import { toPdf } from './pdf';

const report = {
  ...fold([
    {
      type: 'PostmortemDrafted',
      data: {
        postmortemId: 'pm-1',
        facts: {
          title: 'Checkout slows to a crawl during the spring sale',
          severity: 'SEV2',
          services: ['checkout'],
          team: 'commerce-platform',
          occurredAt: '2026-03-14T09:02:00Z',
          detectedAt: '2026-03-14T09:19:00Z',
          mitigatedAt: '2026-03-14T10:05:00Z',
          resolvedAt: '2026-03-14T11:40:00Z',
          customerImpact: 'About **4,800 orders** were lost.',
          summary: 'Release 4.12 shipped a query _without_ an index:\n\n1. sale traffic arrived;\n2. every checkout scanned `orders`.',
        },
      },
    },
    { type: 'EvidenceAttached', data: { id: 'ev-1', kind: 'metric', title: 'Checkout p99 latency', url: 'https://grafana.shop.example/d/checkout', description: '' } },
    { type: 'EvidenceAttached', data: { id: 'ev-2', kind: 'log', title: 'Slow query log', url: '', description: '', file: { name: 'slow-queries.log', sha256: '46256ca07934a653f177ff6867b5cc0e5fd25e29b05aef8ab9b5958490ebbbf3', bytes: 2048, mediaType: 'text/plain' } } },
    { type: 'ExecutiveSummaryWritten', data: { text: '**Checkout slowed for 63 minutes.** What changes:\n\n- the query is indexed;\n- releases are [load-tested](https://wiki.shop.example/load-tests).\n\n> Customers noticed first.' } },
  ]),
  id: 'pm-1',
} as NonNullable<ReturnType<typeof fold>>;

/** The PDF's text as pdftotext (poppler) reads it: what a reader of the file sees. */
const pdfText = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await toPdf(auditDocument(report, 2, '2026-03-17T12:00:00Z')));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('The report as a PDF', () => {
  it('has the read view’s headings and the key durations', async () => {
    const text = await pdfText();
    for (const heading of ['Executive summary', 'Key durations', 'What happened', 'Customer impact', 'Timeline (UTC)', 'Causal factors', 'Action items', 'Lessons learned']) expect(text).toContain(heading);
    expect(text).toMatch(/Time to detect\s+17 min/);
    expect(text).toMatch(/Time to resolve\s+2 h 38 min/);
  });

  it('names a file of the evidence locker by its name and digest, a link by its address', async () => {
    const text = (await pdfText()).replace(/\s+/g, ' ');
    expect(text).toContain('slow-queries.log (SHA-256 46256ca0');
    expect(text).toContain('https://grafana.shop.example/d/checkout');
  });

  it('renders the team’s Markdown: no markers left, lists with bullets and numbers', async () => {
    const text = await pdfText();
    expect(text).toContain('Checkout slowed for 63 minutes.');
    expect(text).toMatch(/•\s+the query is indexed;/);
    expect(text).toMatch(/1\.\s+sale traffic arrived;/);
    expect(text).toMatch(/every checkout scanned\s+orders\./);
    expect(text).not.toMatch(/\*\*|__|`|^\s*[-*] |\]\(|^\s*>/m);
  });

  it('keeps the Markdown as written in the Markdown export', () => {
    const markdown = toMarkdown(auditDocument(report, 2, '2026-03-17T12:00:00Z'));
    expect(markdown).toContain('## Executive summary\n\n**Checkout slowed for 63 minutes.**');
    expect(markdown).toContain('| Time to mitigate | 1 h 3 min |');
  });
});
