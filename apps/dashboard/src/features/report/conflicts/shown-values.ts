import type { PostmortemDocument } from '@hindsight/contracts';
import { linkedTitles } from '../../../lib/linked-titles';

/** `f(found)` when something was found; undefined when it is gone. */
export const mapFound = <T, R>(found: T | undefined, f: (found: T) => R): R | undefined => (found === undefined ? undefined : f(found));

/** Values as the user reads them in a merge: linked ids (evidence, timeline entries, causes) as their titles. */
export const titlesIn =
  (report: PostmortemDocument) =>
  (_field: string, value: unknown): string => {
    const titles = linkedTitles(report);
    return Array.isArray(value) ? value.map((id) => titles.get(String(id)) ?? String(id)).join('; ') : String(value ?? '');
  };
