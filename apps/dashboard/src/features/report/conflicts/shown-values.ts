import type { PostmortemDocument } from '@hindsight/contracts';

/** `f(found)` when something was found; undefined when it is gone. */
export const mapFound = <T, R>(found: T | undefined, f: (found: T) => R): R | undefined => (found === undefined ? undefined : f(found));

/** Values as the user reads them in a merge: linked ids (evidence, timeline entries, causes) as their titles. */
export const titlesIn =
  (report: PostmortemDocument) =>
  (_field: string, value: unknown): string => {
    const titles = new Map<string, string>([
      ...report.evidence.map((e) => [e.id, e.title] as const),
      ...report.timeline.map((e) => [e.id, e.description] as const),
      ...report.causes.map((c) => [c.id, c.description] as const),
    ]);
    return Array.isArray(value) ? value.map((id) => titles.get(String(id)) ?? String(id)).join('; ') : String(value ?? '');
  };
