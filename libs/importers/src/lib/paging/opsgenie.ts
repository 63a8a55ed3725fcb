import type { TimelineEntryKind } from '@hindsight/domain';
import type { ImportResult } from '../import-result';
import { collect, type Fields, isObject, jsonRecords, str } from '../records';
import { type Suggestion, suggestionKey } from '../suggestion';
import { parseTimestamp } from '../timestamps';
import type { ImportWindow } from '../window';
import { type PagedIncident, severityOfPriority } from './paged-incident';

/** Opsgenie's outgoing webhook actions, and what each is on a timeline. */
const KINDS: Record<string, { kind: TimelineEntryKind; verb: string }> = {
  Create: { kind: 'detection', verb: 'created' },
  Acknowledge: { kind: 'action', verb: 'acknowledged' },
  Escalate: { kind: 'escalation', verb: 'escalated' },
  AssignOwnership: { kind: 'escalation', verb: 'assigned' },
  AddNote: { kind: 'observation', verb: 'note added' },
  UpdatePriority: { kind: 'decision', verb: 'priority changed' },
  Close: { kind: 'action', verb: 'closed' },
};

const alertOf = (payload: unknown): Fields | undefined =>
  isObject(payload) && str(payload.action) && isObject(payload.alert) ? payload.alert : undefined;

export const opsgenieIncident = (payload: unknown): PagedIncident | undefined => {
  const alert = alertOf(payload);
  const raised = parseTimestamp(alert?.createdAt);
  const id = str(alert?.tinyId) ?? str(alert?.alertId);
  if (!alert || !raised || !id || !str(alert.message)) return undefined;
  const tags = Array.isArray(alert.tags) ? alert.tags.filter((t): t is string => typeof t === 'string') : [];
  const serviceTag = tags.find((t) => t.startsWith('service:'))?.slice('service:'.length);
  return {
    reference: { id: `Opsgenie ${id}` },
    title: str(alert.message) as string,
    severity: severityOfPriority(str(alert.priority), 'SEV3'),
    service: serviceTag ?? str(alert.entity),
    raisedAt: raised.at,
  };
};

const suggestionOf = (payload: Fields, alert: Fields, file: string, line?: number): Suggestion | undefined => {
  const action = String(payload.action);
  const type = KINDS[action];
  const written = action === 'Create' ? alert.createdAt : alert.updatedAt;
  const time = parseTimestamp(written);
  if (!type || !time) return undefined;
  const who = str(alert.username);
  const id = str(alert.alertId) ?? '';
  return {
    key: suggestionKey('opsgenie', `${id}\n${action}\n${String(written)}`),
    at: time.at,
    kind: type.kind,
    description: `Opsgenie alert ${str(alert.tinyId) ?? id} ${type.verb}${who && action !== 'Create' ? ` by ${who}` : ''}: ${str(alert.message) ?? ''}`,
    evidenceKind: 'document',
    service: str(alert.entity),
    count: 1,
    anomaly: action === 'Create',
    source: { format: 'opsgenie', file, line, messageId: id, timestamp: String(written), zone: time.zone },
  };
};

/** Opsgenie webhook payloads: one, an array, or JSON Lines. */
export const importOpsgenie = (text: string, options: { file: string; window?: ImportWindow }): ImportResult => {
  const { records, unparsed } = jsonRecords(text);
  const found = records.flatMap(({ value, line }, i) => {
    const alert = alertOf(value);
    const suggestion = alert && suggestionOf(value as Fields, alert, options.file, line);
    if (!suggestion) unparsed.add(line ?? i + 1);
    return suggestion ? [suggestion] : [];
  });
  return collect({ format: 'opsgenie', ...options }, records.length, found, unparsed);
};
