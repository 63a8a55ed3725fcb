import { DomainRuleViolation } from './errors';
import { type Authorship, authorshipAfter, requireIndependentApprover } from './separation-of-duties';

const history = (...changes: [Parameters<typeof authorshipAfter>[1]['type'], string][]): Authorship =>
  changes.reduce<Authorship | undefined>((authorship, [type, actor]) => authorshipAfter(authorship, { type, actor }), undefined) as Authorship;

const refusal = (run: () => void): DomainRuleViolation | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as DomainRuleViolation;
  }
};

describe('Separation of duties: nobody approves their own report', () => {
  it('given alice drafted and bob edited last, when carol approves, then it is allowed', () =>
    expect(refusal(() => requireIndependentApprover('carol', history(['PostmortemDrafted', 'alice'], ['TimelineEntryAdded', 'bob'])))).toBeUndefined());

  it('given alice drafted it, when alice approves, then it is refused', () =>
    expect(refusal(() => requireIndependentApprover('alice', history(['PostmortemDrafted', 'alice'], ['CauseIdentified', 'bob'])))?.rule).toBe('separation_of_duties'));

  it('given bob made the last edit, when bob approves, then it is refused', () =>
    expect(refusal(() => requireIndependentApprover('bob', history(['PostmortemDrafted', 'alice'], ['CauseIdentified', 'bob'])))?.message).toMatch(/bob last edited/));

  it('given bob only moved the report through review, when bob approves, then it is allowed', () =>
    expect(
      refusal(() => requireIndependentApprover('bob', history(['PostmortemDrafted', 'alice'], ['ReviewRequested', 'bob'], ['ChangesRequested', 'bob'], ['ReviewRequested', 'alice']))),
    ).toBeUndefined());
});
