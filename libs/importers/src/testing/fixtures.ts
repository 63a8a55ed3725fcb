import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { windowAround } from '../lib/window';

/** The fixture files written by `fixtures/generate.mjs`: the spring-sale incident's raw material. */
export const fixturePath = (name: string): string => join(__dirname, '../../fixtures', name);
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');
export const fixtureStream = (name: string) => createReadStream(fixturePath(name));

/** The sale incident's times, as the demo data's report states them. */
export const SALE = {
  occurredAt: '2026-03-14T09:00:00.000Z',
  detectedAt: '2026-03-14T09:17:00.000Z',
  resolvedAt: '2026-03-14T11:38:00.000Z',
};
export const saleWindow = windowAround(SALE);
