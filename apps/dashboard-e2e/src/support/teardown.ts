import type { ApiProcess } from '@hindsight/testing';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** After a browser spec: the browser closed, the API stopped and waited for, its temporary store removed. */
export const tearDown = async ({ browser, api, dir }: { browser?: Browser; api?: ApiProcess; dir?: string }): Promise<void> => {
  await browser?.close();
  api?.child.kill('SIGTERM');
  await api?.exited;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
