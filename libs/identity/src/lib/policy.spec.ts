import fc from 'fast-check';
import { type AccessRule, isAllowed, readableTeams } from './policy';
import { type Principal, ROLES, type Role } from './principal';

const who = (roles: Role[], teams: string[] = ['payments']): Principal => ({ subject: 'x', roles, teams, via: 'token' });
const editReport: AccessRule = { roles: ['editor'], team: 'report' };
const readReport: AccessRule = { roles: ['editor', 'reviewer', 'auditor', 'analyst'], team: 'report' };

describe('Access policy', () => {
  it('lets an editor edit a report of their team', () => expect(isAllowed(who(['editor']), editReport, ['payments'])).toBe(true));
  it("refuses an editor another team's report", () => expect(isAllowed(who(['editor']), editReport, ['search'])).toBe(false));
  it('refuses moving a report to a team the editor is not in', () =>
    expect(isAllowed(who(['editor']), editReport, ['payments', 'search'])).toBe(false));
  it('lets an editor of every team edit any report', () => expect(isAllowed(who(['editor'], ['*']), editReport, ['search'])).toBe(true));
  it('refuses a reviewer an editor-only route', () => expect(isAllowed(who(['reviewer']), editReport, ['payments'])).toBe(false));
  it('lets an auditor read reports of every team', () => expect(isAllowed(who(['auditor'], []), readReport, ['search'])).toBe(true));
  it('never lets an auditor write', () => expect(isAllowed(who(['auditor'], ['*']), editReport, ['payments'])).toBe(false));
  it('lets an admin do anything', () =>
    fc.assert(
      fc.property(fc.subarray([...ROLES]), fc.constantFrom('report', 'body', 'none') as fc.Arbitrary<AccessRule['team']>, fc.array(fc.string()), (roles, team, teams) =>
        expect(isAllowed(who(['admin'], []), { roles, team }, teams)).toBe(true),
      ),
    ));
  it('never allows a principal without a role the rule names', () =>
    fc.assert(
      fc.property(fc.subarray(ROLES.filter((r) => r !== 'admin')), fc.subarray(ROLES.filter((r) => r !== 'admin')), (mine, needed) => {
        fc.pre(!mine.some((r) => needed.includes(r)));
        expect(isAllowed(who(mine, ['*']), { roles: needed, team: 'none' }, [])).toBe(false);
      }),
    ));
});

describe('Readable teams', () => {
  it('limits editors and reviewers to their teams', () => expect(readableTeams(who(['editor', 'reviewer'], ['a', 'b']))).toEqual(['a', 'b']));
  it('lets auditors, analysts and admins read every team', () =>
    (['auditor', 'analyst', 'admin'] as Role[]).forEach((role) => expect(readableTeams(who([role], []))).toBeUndefined()));
  it("lets a member of '*' read every team", () => expect(readableTeams(who(['editor'], ['*']))).toBeUndefined());
});
