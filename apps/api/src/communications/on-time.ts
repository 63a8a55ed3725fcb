import type { Regime, RegimeClock } from '@hindsight/communications';
import type { RegulatoryTrends } from '@hindsight/contracts';

/** Counts each regime's stages by outcome; the on-time rate is over those that fell due. */
export const onTime = (clocks: readonly RegimeClock[], regimes: readonly Regime[]): RegulatoryTrends['regimes'] =>
  regimes
    .map((regime) => {
      const stages = clocks.filter((c) => c.regime === regime.id).flatMap((c) => c.stages);
      const count = (status: string) => stages.filter((s) => s.status === status).length;
      const [met, late, overdue, due] = ['met', 'late', 'overdue', 'due'].map(count);
      const fell = met + late + overdue;
      return { regime: regime.id, name: regime.name, met, late, overdue, due, onTimeRate: fell === 0 ? null : met / fell };
    })
    .filter((r) => r.met + r.late + r.overdue + r.due > 0);
