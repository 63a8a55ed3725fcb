import { CHANNELS, STAKEHOLDER_GROUPS } from '@hindsight/domain';
import { z } from 'zod';
import { changes, entityIds, instant, LIMITS, name, oneOf, plannedInstant, regimeId, requiredText } from '../primitives';

const stakeholder = { name: name(), group: oneOf(STAKEHOLDER_GROUPS), channel: oneOf(CHANNELS) };
const address = {
  email: z.email({ error: 'must be an email address' }).max(LIMITS.name),
  webhook: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must name a webhook endpoint configured on the server'),
};
export const addStakeholderBody = z.strictObject({ ...stakeholder, email: address.email.optional(), webhook: address.webhook.optional() });
export type AddStakeholderBody = z.infer<typeof addStakeholderBody>;

/** The organisation's stakeholder directory (HINDSIGHT_STAKEHOLDERS_FILE; GET /api/stakeholder-directory): who a report may pick, with their channel and addresses. */
export const stakeholderDirectorySchema = z.strictObject({ stakeholders: z.array(addStakeholderBody).max(500) });
export type StakeholderDirectory = z.infer<typeof stakeholderDirectorySchema>;
export const reviseStakeholderBody = changes({ ...stakeholder, email: address.email.nullable(), webhook: address.webhook.nullable() });
export type ReviseStakeholderBody = z.infer<typeof reviseStakeholderBody>;

const communication = {
  stakeholderIds: entityIds().refine((ids) => ids.length > 0, 'must address at least one stakeholder'),
  channel: oneOf(CHANNELS),
  summary: requiredText(),
  plannedFor: plannedInstant(),
  /** A report to a regulator: the regime and the stage it files. */
  filing: z.strictObject({ regime: regimeId(), stage: regimeId() }),
  /** A meeting's length and place (it starts at `plannedFor`); its invitation goes out when it is sent. */
  meeting: z.strictObject({ durationMinutes: z.number().int('must be whole minutes').min(5).max(24 * 60), location: name().optional() }),
};
export const planCommunicationBody = z.strictObject({ ...communication, plannedFor: communication.plannedFor.optional(), filing: communication.filing.optional(), meeting: communication.meeting.optional() });
export type PlanCommunicationBody = z.infer<typeof planCommunicationBody>;
export const reviseCommunicationBody = changes({ ...communication, plannedFor: communication.plannedFor.nullable(), filing: communication.filing.nullable(), meeting: communication.meeting.nullable() });
export type ReviseCommunicationBody = z.infer<typeof reviseCommunicationBody>;

/** What a review meeting noted, and its decisions one by one; recorded again, they replace the earlier. */
export const recordMeetingNotesBody = z.strictObject({ notes: requiredText(), decisions: z.array(requiredText(LIMITS.name * 5)).max(LIMITS.list).default([]) });
export type RecordMeetingNotesBody = z.infer<typeof recordMeetingNotesBody>;

/** A reviewer's approval of a communication's text; the reason is recorded with it. */
export const approveCommunicationBody = z.strictObject({ reason: requiredText().optional() });
export type ApproveCommunicationBody = z.infer<typeof approveCommunicationBody>;

/** Sends it through the outbox; the subject defaults to the incident's title, the body to the summary. */
export const dispatchCommunicationBody = z.strictObject({ subject: name().optional(), body: requiredText().optional() });
export type DispatchCommunicationBody = z.infer<typeof dispatchCommunicationBody>;

/** When it went out; the server's clock when omitted. */
export const recordCommunicationSentBody = z.strictObject({ sentAt: instant().optional() });
export type RecordCommunicationSentBody = z.infer<typeof recordCommunicationSentBody>;
