/** Who is calling, as established by authentication: the only source of the actor in event metadata. */

export const ROLES = ['editor', 'reviewer', 'auditor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** In a principal's teams, grants the team-scoped roles on every team. */
export const ALL_TEAMS = '*';

export interface Principal {
  /** Recorded as the actor of every change this principal makes. */
  subject: string;
  roles: Role[];
  teams: string[];
  via: 'token' | 'oidc';
  /** The local API token used, when `via` is 'token'. */
  tokenId?: string;
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
