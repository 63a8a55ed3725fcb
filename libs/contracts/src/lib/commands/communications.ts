import { CHANNELS, STAKEHOLDER_GROUPS } from '@hindsight/domain';
import { z } from 'zod';
import { changes, entityIds, instant, name, oneOf, plannedInstant, requiredText } from '../primitives';

const stakeholder = { name: name(), group: oneOf(STAKEHOLDER_GROUPS), channel: oneOf(CHANNELS) };
export const addStakeholderBody = z.strictObject(stakeholder);
export type AddStakeholderBody = z.infer<typeof addStakeholderBody>;
export const reviseStakeholderBody = changes(stakeholder);
export type ReviseStakeholderBody = z.infer<typeof reviseStakeholderBody>;

const communication = {
  stakeholderIds: entityIds().refine((ids) => ids.length > 0, 'must address at least one stakeholder'),
  channel: oneOf(CHANNELS),
  summary: requiredText(),
  plannedFor: plannedInstant(),
};
export const planCommunicationBody = z.strictObject({ ...communication, plannedFor: communication.plannedFor.optional() });
export type PlanCommunicationBody = z.infer<typeof planCommunicationBody>;
export const reviseCommunicationBody = changes({ ...communication, plannedFor: communication.plannedFor.nullable() });
export type ReviseCommunicationBody = z.infer<typeof reviseCommunicationBody>;

/** When it went out; the server's clock when omitted. */
export const recordCommunicationSentBody = z.strictObject({ sentAt: instant().optional() });
export type RecordCommunicationSentBody = z.infer<typeof recordCommunicationSentBody>;
