import type { AccessRule } from '@hindsight/identity';
import type { Role } from '@hindsight/identity';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_RULE = 'hindsight:access-rule';
export type RouteAccess = AccessRule | 'public';

/** Who may call this route: any of `roles`, within the team of the report (or body, or none). */
export const Access = (roles: readonly Role[], team: AccessRule['team'] = 'report') =>
  SetMetadata(ACCESS_RULE, { roles, team } satisfies RouteAccess);

/** No token needed (health). Everything else requires one: a route without a rule is refused. */
export const Public = () => SetMetadata(ACCESS_RULE, 'public' satisfies RouteAccess);

/** The role sets routes use, named for what they allow. */
export const WHO = {
  edits: ['editor'],
  reviews: ['reviewer'],
  readsReports: ['editor', 'reviewer', 'auditor', 'analyst'],
  anyone: ['editor', 'reviewer', 'auditor', 'analyst', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
