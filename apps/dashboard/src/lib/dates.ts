import { durationInWords } from '@hindsight/domain';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { readerLocale, shownZone } from './time-zone';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

/**
 * How instants read on screen: in the reader's locale, to the minute, with the zone named
 * ("14 Mar 2026, 10:10 CET"), in the zone the reader chose (their own or UTC).
 */
export const formatInstant = (iso: string | null | undefined): string =>
  iso
    ? new Intl.DateTimeFormat(readerLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: shownZone(), timeZoneName: 'short' }).format(new Date(iso))
    : '—';

export const fromNow = (iso: string): string => dayjs(iso).fromNow();

/** A `datetime-local` input's value for an instant, in the zone times are shown in. */
export const toLocalInput = (iso: string | null | undefined): string => (iso ? dayjs(iso).tz(shownZone()).format('YYYY-MM-DDTHH:mm') : '');

/** The instant a `datetime-local` value names in the zone times are shown in, as the API wants it (ISO-8601 UTC); empty stays empty. */
export const fromLocalInput = (value: string): string => (value ? dayjs.tz(value, shownZone()).utc().format('YYYY-MM-DDTHH:mm:ss[Z]') : '');

/** A duration in minutes as people say it ("2 h 38 min"); '—' when unknown. */
export const formatMinutes = (minutes: number | null | undefined): string => (minutes === null || minutes === undefined ? '—' : durationInWords(Math.round(minutes)));

/** The zone times are shown in, as the reader's label for it ("Europe/Paris", "UTC"). */
export const viewerZone = (): string => shownZone();

export const today = (): string => dayjs().format('YYYY-MM-DD');
