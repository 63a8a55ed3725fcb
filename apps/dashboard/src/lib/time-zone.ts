import { useSyncExternalStore } from 'react';

/** Where times are read: the reader's own zone, or UTC (what incident channels and logs often speak). */
export type ZoneChoice = 'local' | 'UTC';

const KEY = 'hindsight.times';
const listeners = new Set<() => void>();
const stored = (): ZoneChoice => (globalThis.localStorage?.getItem(KEY) === 'UTC' ? 'UTC' : 'local');
let choice: ZoneChoice = stored();

export const zoneChoice = (): ZoneChoice => choice;

/** The IANA zone times are shown and typed in now ("Europe/Paris", "UTC"). */
export const shownZone = (): string => (choice === 'UTC' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone);

export const chooseZone = (next: ZoneChoice): void => {
  choice = next;
  globalThis.localStorage?.setItem(KEY, next);
  listeners.forEach((listener) => listener());
};

/** The current choice, re-rendering the caller when it changes. */
export const useZoneChoice = (): ZoneChoice =>
  useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    zoneChoice,
  );

/** The reader's language as their browser states it, for dates as they write them. */
export const readerLocale = (): string | undefined => globalThis.navigator?.language;
