import type { ImportRecord, ImportSummary } from './imports';
import type { Postmortem } from './state';
import type { Instant } from './values';

export const importSummary = (record: ImportRecord): ImportSummary => {
  const first = record.suggestions.find((s) => s.key === record.firstSignal);
  return {
    id: record.importId,
    format: record.format,
    file: record.file.name,
    sha256: record.file.sha256,
    keys: record.suggestions.map((s) => s.key),
    dismissed: [],
    ...(first && { firstSignal: { key: first.key, at: first.at, description: first.description } }),
  };
};

type ImportsOf = { imports?: ReadonlyArray<Pick<ImportSummary, 'id' | 'firstSignal' | 'dismissed'>> };

/** Each import's first signal that no editor dismissed. */
export const standingSignals = (report: ImportsOf): Array<{ key: string; at: Instant; description: string; importId: string }> =>
  (report.imports ?? []).flatMap((i) => (i.firstSignal && !i.dismissed.includes(i.firstSignal.key) ? [{ ...i.firstSignal, importId: i.id }] : []));

/**
 * The earliest sign of the incident the imports found before anyone noticed, unless an editor
 * dismissed it: how long the signal was there is `detectedAt − at`, the real time to detect.
 */
export const firstSignalOf = (report: ImportsOf & { facts: Pick<Postmortem['facts'], 'detectedAt'> }): { at: Instant; description: string; importId: string } | undefined => {
  const detectedAt = report.facts.detectedAt;
  return standingSignals(report)
    .filter((s) => detectedAt === undefined || Date.parse(s.at) < Date.parse(detectedAt))
    .reduce<{ at: Instant; description: string; importId: string } | undefined>((a, s) => (!a || Date.parse(s.at) < Date.parse(a.at) ? { at: s.at, description: s.description, importId: s.importId } : a), undefined);
};
