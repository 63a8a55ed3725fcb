import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { AlertmanagerHookController } from './alertmanager-hook.controller';
import { ImportsController } from './imports.controller';
import { LiveImports } from './live-imports';
import { PagingHooksController } from './paging-hooks.controller';
import { SuggestionsController } from './suggestions.controller';
import { MAX_APPEND_BYTES } from './tokens';

/** Importing raw material (logs, metrics, alerts, pages, chat, deploys) and reviewing what it suggests. */
@Module({ controllers: [ImportsController, SuggestionsController, AlertmanagerHookController, PagingHooksController], providers: [LiveImports] })
export class ImportsModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ImportsModule, providers: [{ provide: MAX_APPEND_BYTES, useValue: config.maxAppendBytes }] };
  }
}
