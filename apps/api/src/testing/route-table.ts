import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { type INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { UNPREFIXED } from '../app/create-app';
import { ACCESS_RULE, type RouteAccess } from '../auth/access.decorator';

export interface Route {
  method: string;
  path: string;
  access: RouteAccess | undefined;
}

const join = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;

/** Every route the application serves, read from Nest's own metadata, with its access rule. */
export const routeTable = (app: INestApplication, prefix = 'api'): Route[] =>
  [...app.get(ModulesContainer).values()]
    .flatMap((module) => [...module.controllers.values()])
    .flatMap(({ metatype }) => {
      const controller = metatype as { prototype: Record<string, unknown> };
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
      return Object.getOwnPropertyNames(controller.prototype)
        .map((name) => controller.prototype[name])
        .filter((handler): handler is object => typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler))
        .map((handler) => ({
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod],
          path: join((UNPREFIXED as readonly string[]).includes(base) ? '' : prefix, base, Reflect.getMetadata(PATH_METADATA, handler) as string),
          access: (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller)) as RouteAccess | undefined,
        }));
    });
