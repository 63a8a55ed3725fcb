import { ACTION_ITEM_TYPES, EFFORTS, FREQUENCIES, OWNER_KINDS, SEVERITIES } from '@hindsight/domain';
import { z } from 'zod';
import { calendarDate, changes, entityId, entityIds, name, oneOf, requiredText } from '../primitives';

export const ownerSchema = z.strictObject({ kind: oneOf(OWNER_KINDS), name: name() });

const priority = z.strictObject({
  severity: oneOf(SEVERITIES).optional(),
  frequency: oneOf(FREQUENCIES),
  effort: oneOf(EFFORTS),
});

const item = {
  title: name(),
  description: requiredText(),
  successCriteria: requiredText(),
  type: oneOf(ACTION_ITEM_TYPES),
  dueDate: calendarDate(),
  causeIds: entityIds(),
};

export const proposeActionItemBody = z.strictObject({
  ...item,
  dueDate: item.dueDate.optional(),
  owner: ownerSchema.optional(),
  causeIds: item.causeIds.default([]),
  priority,
});
export type ProposeActionItemBody = z.infer<typeof proposeActionItemBody>;

export const reviseActionItemBody = changes({
  ...item,
  dueDate: item.dueDate.nullable(),
  priority: priority.required({ severity: true }),
});
export type ReviseActionItemBody = z.infer<typeof reviseActionItemBody>;

/** `meetingId`: the review meeting (a communication of the report) it was assigned in. */
export const assignActionItemBody = z.strictObject({ owner: ownerSchema, meetingId: entityId().optional() });
export type AssignActionItemBody = z.infer<typeof assignActionItemBody>;

export const changeActionItemStatusBody = z.strictObject({ status: oneOf(['open', 'in_progress'] as const) });
export type ChangeActionItemStatusBody = z.infer<typeof changeActionItemStatusBody>;

export const completeActionItemBody = z.strictObject({ verificationNote: requiredText() });
export type CompleteActionItemBody = z.infer<typeof completeActionItemBody>;
