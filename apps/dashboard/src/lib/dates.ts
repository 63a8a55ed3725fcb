import { durationInWords } from '@hindsight/domain';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(relativeTime);

/** How instants read on screen: in the viewer's time zone, to the minute. */
export const formatInstant = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export const fromNow = (iso: string): string => dayjs(iso).fromNow();

/** A `datetime-local` input's value for an instant, in the viewer's time zone. */
export const toLocalInput = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '');

/** The instant a `datetime-local` value names, as the API wants it (ISO-8601 UTC); empty stays empty. */
export const fromLocalInput = (value: string): string => (value ? dayjs(value).utc().format('YYYY-MM-DDTHH:mm:ss[Z]') : '');

/** A duration in minutes as people say it ("2 h 38 min"); '—' when unknown. */
export const formatMinutes = (minutes: number | null | undefined): string => (minutes === null || minutes === undefined ? '—' : durationInWords(Math.round(minutes)));

/** The viewer's time zone, as the dates on screen are shown in it ("Europe/Paris", "UTC"). */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const today = (): string => dayjs().format('YYYY-MM-DD');
