import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Duration } from 'luxon';
import { z } from 'zod';

/** The moments of a report a deadline counts from: a fact, or when a stage of the same regime was filed. */
export const FACT_ANCHORS = ['occurredAt', 'detectedAt', 'becameAwareAt', 'classifiedMajorAt', 'materialityDeterminedAt', 'resolvedAt'] as const;
const anchor = z.string().refine((a) => (FACT_ANCHORS as readonly string[]).includes(a) || /^filed:[a-z0-9-]+$/.test(a), `must be one of ${FACT_ANCHORS.join(', ')} or filed:<stage>`);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:mm');

const term = z.union([
  z.strictObject({ of: anchor, duration: z.string().refine((d) => Duration.fromISO(d).isValid, 'must be an ISO 8601 duration, e.g. PT72H or P1M') }),
  z.strictObject({ of: anchor, businessDays: z.number().int().min(1).max(60), at: clockTime }),
]);

const stage = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.string().min(1),
  opensAt: anchor,
  within: z.array(term).min(1),
  onlyIfOngoing: z.boolean().optional(),
  ifOngoing: term.optional(),
});

export const regimeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.string().min(1),
  source: z.string().min(1),
  calendar: z.union([z.literal('organisation'), z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), timeZone: z.string().min(1) })]),
  nonWorkingDays: z.strictObject({ moveTo: z.literal('next-working-day'), at: clockTime, source: z.string().min(1) }).optional(),
  stages: z.array(stage).min(1),
});

export type Regime = z.infer<typeof regimeSchema>;
export type Stage = Regime['stages'][number];
export type Term = z.infer<typeof term>;

/** Each regime's stage ids, for the domain's check of what a report may name. */
export const stagesByRegime = (regimes: readonly Regime[]): Record<string, string[]> => Object.fromEntries(regimes.map((r) => [r.id, r.stages.map((s) => s.id)]));

const findDefaults = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'regimes', 'eu-dora.json')) || dirname(dir) === dir) return join(dir, 'regimes');
  }
};
/** The regimes shipped with Hindsight: beside the built API, or in this library's source. */
export const DEFAULT_REGIMES_DIR = findDefaults(__dirname);

/** Every `*.json` regime in the directories, later ones replacing earlier ones of the same id; each checked, its file named when wrong. */
export const loadRegimes = (...dirs: string[]): Regime[] => {
  const byId = new Map<string, Regime>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(dir, file);
      const parsed = regimeSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const stages = new Set(parsed.data.stages.map((s) => s.id));
      const unknown = parsed.data.stages.flatMap((s) => [s.opensAt, ...s.within.map((t) => t.of)]).filter((a) => a.startsWith('filed:') && !stages.has(a.slice(6)));
      if (unknown.length > 0) throw new Error(`${path}: no stage for ${unknown.join(', ')}`);
      byId.set(parsed.data.id, parsed.data);
    }
  }
  return [...byId.values()];
};
