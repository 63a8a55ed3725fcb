import { ALL_TEAMS, type Principal, type Role } from './principal';

/**
 * Who may call a route. `team` says where the team that scopes it comes from: the report
 * named in the path, the team named in the body (creating a report), or nowhere.
 */
export interface AccessRule {
  roles: readonly Role[];
  team: 'report' | 'body' | 'none';
}

/** Editors and reviewers act for their teams; auditors, analysts and admins see every team. */
const TEAM_SCOPED: readonly Role[] = ['editor', 'reviewer'];

/**
 * Decides a request. `teams` are the teams the request touches (the report's, and the one a
 * change would move it to); team-scoped roles must cover all of them.
 */
export const isAllowed = (principal: Principal, rule: AccessRule, teams: readonly string[]): boolean => {
  if (principal.roles.includes('admin')) return true;
  return principal.roles.some((role) => {
    if (!rule.roles.includes(role)) return false;
    if (!TEAM_SCOPED.includes(role) || rule.team === 'none') return true;
    return principal.teams.includes(ALL_TEAMS) || teams.every((team) => principal.teams.includes(team));
  });
};

/** The teams whose reports a principal may read; undefined: every team. */
export const readableTeams = (principal: Principal): string[] | undefined =>
  principal.roles.some((role) => !TEAM_SCOPED.includes(role)) || principal.teams.includes(ALL_TEAMS) ? undefined : principal.teams;
