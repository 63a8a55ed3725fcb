import { durationInWords, keyDurations, type Postmortem } from '@hindsight/domain';

const words = (id: string) => id.replace(/_/g, ' ');
const list = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const ACTION_PURPOSE: Record<string, string> = { prevent: 'to prevent a recurrence', mitigate: 'to limit the impact of one', detect: 'to detect it sooner', process: 'to improve how we respond' };

/**
 * What a document for people outside the organisation may say, and nothing else: built from
 * these fields only, so a template for them cannot name anything internal (rendering fails).
 * Causes and actions are said in plain words from their categories and types, never their text.
 */
export const externalContext = (report: Postmortem, organisation: string) => {
  const f = report.facts;
  const toResolve = keyDurations(report).toResolve;
  const causes = [...new Set(report.causes.filter((c) => c.level === 'causal_factor').map((c) => words(c.category)))];
  const open = report.actionItems.filter((i) => i.status !== 'wont_do');
  const actions = Object.entries(ACTION_PURPOSE)
    .map(([type, purpose]) => [open.filter((i) => i.type === type).length, purpose] as const)
    .filter(([count]) => count > 0)
    .map(([count, purpose]) => `${count} ${count === 1 ? 'change' : 'changes'} ${purpose}`);
  return {
    organisation,
    services: list(f.services),
    startedAt: f.occurredAt,
    resolvedAt: f.resolvedAt ?? false,
    duration: toResolve === undefined ? false : durationInWords(toResolve),
    customerImpact: f.customerImpact,
    usersAffected: f.impact?.usersAffected ?? false,
    causes: causes.length > 0 ? list(causes) : false,
    actions: actions.length > 0 ? list(actions) : false,
  };
};

/** Everything a document for the organisation's own people may say. */
export const internalContext = (report: Postmortem, organisation: string) => {
  const f = report.facts;
  return {
    ...externalContext(report, organisation),
    title: f.title,
    severity: f.severity,
    team: f.team,
    summary: f.summary,
    executiveSummary: report.executiveSummary ?? '',
    timeline: [...report.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((e) => ({ at: e.at, kind: words(e.kind), description: e.description })),
    causeList: report.causes.map((c) => ({ level: words(c.level), category: words(c.category), description: c.description })),
    actionItems: report.actionItems.map((i) => ({ title: i.title, owner: i.owner?.name ?? 'nobody yet', dueDate: i.dueDate ?? 'no date', status: words(i.status) })),
    lessons: report.lessons.map((l) => ({ kind: words(l.kind), text: l.text })),
  };
};
