import fc from 'fast-check';
import { anyCommand } from '../testing/arbitraries';
import { decide } from './decide';
import { DomainRuleViolation, NotFound } from './errors';
import type { PostmortemEvent } from './events';
import { evolve, fold } from './evolve';
import type { PostmortemState } from './state';

/** Runs commands one by one, keeping what was accepted, as a command handler would. */
const run = (commands: Parameters<typeof decide>[0][]) => {
  let state: PostmortemState = null;
  const history: PostmortemEvent[] = [];
  let accepted = 0;
  for (const command of commands) {
    try {
      const events = decide(command, state);
      history.push(...events);
      state = events.reduce(evolve, state);
      accepted += 1;
    } catch (error) {
      if (!(error instanceof DomainRuleViolation || error instanceof NotFound)) throw error;
    }
  }
  return { state, history, accepted };
};

const draft = anyCommand.filter((c) => c.type === 'DraftPostmortem');
const session = fc.tuple(draft, fc.array(anyCommand, { minLength: 30, maxLength: 90 })).map(([d, rest]) => [d, ...rest]);

describe('Any sequence of accepted commands', () => {
  it('is rebuilt identically by folding its events, even after a trip through JSON storage', () =>
    fc.assert(
      fc.property(session, (commands) => {
        const { state, history } = run(commands);
        const stored: PostmortemEvent[] = JSON.parse(JSON.stringify(history));
        expect(fold(stored)).toEqual(state);
      }),
      { numRuns: 300 },
    ));

  it('is rebuilt identically when folded in parts, each from where the last stopped, and the parts folded from are left as they were', () =>
    fc.assert(
      fc.property(session, fc.array(fc.nat(), { maxLength: 4 }), (commands, cuts) => {
        const { state, history } = run(commands);
        const ends = [...new Set(cuts.map((cut) => cut % (history.length + 1)))].sort((a, b) => a - b);
        let folded: PostmortemState = null;
        let start = 0;
        const parts: Array<{ state: PostmortemState; json: string }> = [];
        for (const end of [...ends, history.length]) {
          folded = fold(history.slice(start, end), folded);
          parts.push({ state: folded, json: JSON.stringify(folded) });
          start = end;
        }
        expect(folded).toEqual(state);
        parts.forEach((part) => expect(JSON.stringify(part.state)).toBe(part.json));
      }),
      { numRuns: 300 },
    ));

  it('only ever fails with a domain error, never a crash', () =>
    fc.assert(
      fc.property(session, (commands) => {
        expect(() => run(commands)).not.toThrow();
      }),
      { numRuns: 300 },
    ));

  it('never records events that would break the invariants the decisions enforce', () =>
    fc.assert(
      fc.property(session, (commands) => {
        const { state } = run(commands);
        if (state === null) return;
        const evidenceIds = new Set(state.evidence.map((e) => e.id));
        const entryIds = new Set(state.timeline.map((e) => e.id));
        const causeIds = new Set(state.causes.map((c) => c.id));
        const stakeholderIds = new Set(state.stakeholders.map((s) => s.id));
        for (const cause of state.causes) {
          cause.evidenceIds.forEach((id) => expect(evidenceIds).toContain(id));
          cause.timelineEntryIds.forEach((id) => expect(entryIds).toContain(id));
        }
        state.timeline.forEach((e) => e.evidenceIds.forEach((id) => expect(evidenceIds).toContain(id)));
        state.actionItems.forEach((i) => i.causeIds.forEach((id) => expect(causeIds).toContain(id)));
        state.communications.forEach((c) => c.stakeholderIds.forEach((id) => expect(stakeholderIds).toContain(id)));
        for (const item of state.actionItems.filter((i) => i.status === 'in_progress')) {
          expect(item.owner).toBeDefined();
          expect(item.dueDate).toBeDefined();
        }
      }),
      { numRuns: 300 },
    ));
});
