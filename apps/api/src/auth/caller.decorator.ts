import type { Principal } from '@hindsight/identity';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './access.guard';
import { Unauthenticated } from './auth-errors';

export const principalOf = (request: AuthenticatedRequest): Principal => {
  if (!request.principal) throw new Unauthenticated('route reached without authentication');
  return request.principal;
};

/** The authenticated principal making this request. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext) =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
