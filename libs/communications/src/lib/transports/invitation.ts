import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Envelope } from './transport';

/** "Name <address>" or a bare address, as the From header is configured. */
const mailbox = (from: string) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || match[2], email: match[2] } : { name: from, email: from };
};

/**
 * The meeting's invitation (RFC 5545, METHOD:REQUEST) for one attendee. Its UID is the
 * communication's, the same in every attendee's mail and on every attempt, so calendars see
 * one meeting.
 */
export const invitation = (envelope: Envelope, from: string): string | undefined => {
  const meeting = envelope.message.invitation;
  if (!meeting) return undefined;
  const start = new Date(meeting.startsAt);
  const calendar = ical({ method: ICalCalendarMethod.REQUEST, prodId: { company: 'Hindsight', product: 'Hindsight', language: 'EN' } });
  calendar.createEvent({
    id: `${envelope.communicationId}@hindsight.outbox`,
    start,
    end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
    stamp: envelope.sentAt,
    summary: envelope.message.subject,
    description: envelope.message.body,
    ...(meeting.location ? { location: meeting.location } : {}),
    organizer: mailbox(from),
    attendees: [{ email: envelope.delivery.to, rsvp: true }],
  });
  return calendar.toString();
};
