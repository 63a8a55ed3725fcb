import { decide } from '../lib/decide';
import { DomainRuleViolation, NotFound } from '../lib/errors';
import { fold } from '../lib/evolve';
import type { PostmortemCommand } from '../lib/commands';
import type { PostmortemEvent } from '../lib/events';
import type { CommandPolicy } from '../lib/policy';

/**
 * given(past events).when(command).then(new events) — the shape of every domain rule test.
 * `thenRefuses(rule)` expects a DomainRuleViolation, `thenNotFound(entity)` a NotFound.
 */
export const given = (...history: PostmortemEvent[]) => ({
  /** `under(policy)` decides with the organisation's own policy (its taxonomy) instead of the default. */
  under: (policy: CommandPolicy) => ({ when: (command: PostmortemCommand) => outcomes(() => decide(command, fold(history), policy)) }),
  when: (command: PostmortemCommand) => outcomes(() => decide(command, fold(history))),
});

const outcomes = (run: () => PostmortemEvent[]) => ({
      then: (...expected: PostmortemEvent[]) => expect(run()).toEqual(expected),
      thenNothingHappens: () => expect(run()).toEqual([]),
      thenRefuses: (rule: string, message?: RegExp) => {
        const error = catchError(run);
        expect(error).toBeInstanceOf(DomainRuleViolation);
        expect((error as DomainRuleViolation).rule).toBe(rule);
        if (message) expect((error as Error).message).toMatch(message);
      },
      thenNotFound: (entity: string) => {
        const error = catchError(run);
        expect(error).toBeInstanceOf(NotFound);
        expect((error as NotFound).entity).toBe(entity);
      },
});

const catchError = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the command to be refused, but it was accepted');
};
