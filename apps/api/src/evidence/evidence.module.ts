import { EvidenceLocker } from '@hindsight/evidence-locker';
import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { EvidenceFilesController } from './evidence-files.controller';
import { EVIDENCE_LOCKER } from './tokens';

/** The evidence locker: files uploaded as evidence, and files imported, kept under their SHA-256. */
@Module({ controllers: [EvidenceFilesController] })
export class EvidenceModule {
  static register(config: AppConfig): DynamicModule {
    const locker = { provide: EVIDENCE_LOCKER, useValue: new EvidenceLocker(config.evidence.directory, config.evidence.maxBytes) };
    return { module: EvidenceModule, global: true, providers: [locker], exports: [locker] };
  }
}
