import type { PostmortemDocument } from '@hindsight/contracts';

/** What each piece of evidence, timeline entry and cause of a report is called, by id: how links read. */
export const linkedTitles = (report: PostmortemDocument): Map<string, string> =>
  new Map<string, string>([
    ...report.evidence.map((e) => [e.id, e.title] as const),
    ...report.timeline.map((e) => [e.id, e.description] as const),
    ...report.causes.map((c) => [c.id, c.description] as const),
  ]);
