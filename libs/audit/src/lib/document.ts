import { byInstant, CAUSE_LEVELS, durationInWords, keyDurations, type Postmortem } from '@hindsight/domain';

/**
 * The report as an auditor files it: a title, then blocks of headings, paragraphs and tables,
 * rendered to Markdown or PDF from the same structure.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Text the team wrote in Markdown: kept as Markdown, drawn rendered in the PDF. */
  | { kind: 'markdown'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface AuditDocument {
  title: string;
  subtitle: string;
  blocks: Block[];
}

const words = (snake: string) => snake.replace(/_/g, ' ');
const when = (iso?: string) => (iso ? iso.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC') : '—');

/** Measured impact, one row per measure given. */
const impactRows = (impact: Postmortem['facts']['impact']): string[][] =>
  [
    ['Users affected', impact?.usersAffected?.toLocaleString('en')],
    ['Requests failed', impact?.requestsFailed?.toLocaleString('en')],
    ['Error budget burned', impact?.errorBudgetBurnedPercent === undefined ? undefined : `${impact.errorBudgetBurnedPercent} %`],
  ].filter((row): row is string[] => row[1] !== undefined);

const durationRows = (report: Postmortem): string[][] => {
  const d = keyDurations(report);
  const shown = (minutes?: number) => (minutes === undefined ? '—' : durationInWords(minutes));
  return [
    ['Time to detect', shown(d.toDetect)],
    ['Time to mitigate', shown(d.toMitigate)],
    ['Time to resolve', shown(d.toResolve)],
    ['Resolution to published review', shown(d.review)],
  ];
};

const written = (text: string | undefined): Block => (text ? { kind: 'markdown', text } : { kind: 'paragraph', text: '—' });

/** What a cause rests on: its evidence and timeline entries, by title. */
const linksOf = (report: Postmortem, cause: Postmortem['causes'][number]) =>
  [
    ...cause.evidenceIds.map((id) => report.evidence.find((e) => e.id === id)?.title ?? id),
    ...cause.timelineEntryIds.map((id) => report.timeline.find((e) => e.id === id)?.description ?? id),
  ].join('; ') || '—';

export const auditDocument = (report: Postmortem, revision: number, asOf: string): AuditDocument => {
  const f = report.facts;
  const blocks: Block[] = [
    {
      kind: 'table',
      header: ['Fact', 'Value'],
      rows: [
        ['Severity', f.severity],
        ['Status', words(report.status)],
        ['Team', f.team],
        ['Services', f.services.join(', ')],
        ['Occurred', when(f.occurredAt)],
        ['Detected', when(f.detectedAt)],
        ['Classified', when(f.classifiedAt)],
        ['Mitigated', when(f.mitigatedAt)],
        ['Resolved', when(f.resolvedAt)],
        ['Detected by', f.detectionMethod ? words(f.detectionMethod) : '—'],
        ['Incident reference', f.externalReference ? [f.externalReference.id, f.externalReference.url].filter(Boolean).join(' — ') : '—'],
        ...impactRows(f.impact),
      ],
    },
    ...(report.executiveSummary ? [{ kind: 'heading', text: 'Executive summary' } as Block, written(report.executiveSummary)] : []),
    { kind: 'heading', text: 'Key durations' },
    { kind: 'table', header: ['Duration', 'Value'], rows: durationRows(report) },
    { kind: 'heading', text: 'What happened' },
    written(f.summary),
    { kind: 'heading', text: 'Customer impact' },
    written(f.customerImpact),
    { kind: 'heading', text: 'Timeline (UTC)' },
    { kind: 'table', header: ['When', 'Kind', 'What happened'], rows: [...report.timeline].sort((a, b) => byInstant(a.at, b.at)).map((e) => [when(e.at), words(e.kind), e.description]) },
    { kind: 'heading', text: 'Evidence' },
    // A file in the evidence locker is named by its digest: the reader can check the copy they are given.
    { kind: 'table', header: ['Kind', 'Title', 'Link or file'], rows: report.evidence.map((e) => [e.kind, e.title, e.file ? `${e.file.name} (SHA-256 ${e.file.sha256})` : e.url]) },
    ...CAUSE_LEVELS.flatMap((level): Block[] => [
      { kind: 'heading', text: `${words(level).replace(/^\w/, (c) => c.toUpperCase())}s` },
      { kind: 'table', header: ['Category', 'Cause', 'Rests on'], rows: report.causes.filter((c) => c.level === level).map((c) => [words(c.category), c.description, linksOf(report, c)]) },
    ]),
    { kind: 'heading', text: 'Action items' },
    {
      kind: 'table',
      header: ['Action', 'Type', 'Owner', 'Due', 'Status', 'Success criteria'],
      rows: report.actionItems.map((i) => [i.title, i.type, i.owner?.name ?? '—', i.dueDate ?? '—', words(i.status), i.successCriteria]),
    },
    { kind: 'heading', text: 'Lessons learned' },
    { kind: 'table', header: ['Kind', 'Lesson'], rows: report.lessons.map((l) => [words(l.kind), l.text]) },
    { kind: 'heading', text: 'Communication' },
    {
      kind: 'table',
      header: ['Channel', 'To', 'Summary', 'Sent'],
      rows: report.communications.map((c) => [
        words(c.channel),
        c.stakeholderIds.map((id) => report.stakeholders.find((s) => s.id === id)?.name ?? id).join(', '),
        c.summary,
        c.sentAt ? when(c.sentAt) : words(c.status),
      ]),
    },
    ...(report.publicSummary ? [{ kind: 'heading', text: 'Public summary' } as Block, written(report.publicSummary)] : []),
  ];
  return { title: f.title, subtitle: `Report ${report.id}, revision ${revision}, as of ${when(asOf)}`, blocks };
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const toMarkdown = ({ title, subtitle, blocks }: AuditDocument): string => {
  const out = [`# ${title}`, '', `_${subtitle}_`, ''];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`## ${block.text}`, '');
    else if (block.kind === 'paragraph' || block.kind === 'markdown') out.push(block.text, '');
    else if (block.rows.length === 0) out.push('_None._', '');
    else out.push(`| ${block.header.join(' | ')} |`, `|${block.header.map(() => '---').join('|')}|`, ...block.rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
  }
  return out.join('\n');
};
