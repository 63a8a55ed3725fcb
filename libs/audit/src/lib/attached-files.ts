import type { EvidenceFile } from '@hindsight/domain';

/**
 * The evidence files a report's events attached, each with the event that recorded its digest:
 * what an export carries, and what a verifier checks a file against.
 */
export const attachedFiles = <E extends { type: string; data: Record<string, unknown> }>(events: readonly E[]): Array<{ event: E; file: EvidenceFile }> =>
  events.flatMap((event) => {
    const file = event.type === 'EvidenceAttached' ? (event.data['file'] as EvidenceFile | undefined) : undefined;
    return file && typeof file.sha256 === 'string' ? [{ event, file }] : [];
  });
