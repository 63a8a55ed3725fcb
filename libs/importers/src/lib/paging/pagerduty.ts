import type { TimelineEntryKind } from '@hindsight/domain';
import type { ImportResult } from '../import-result';
import { collect, type Fields, isObject, jsonRecords, str } from '../records';
import { type Suggestion, suggestionKey } from '../suggestion';
import { parseTimestamp } from '../timestamps';
import type { ImportWindow } from '../window';
import { type PagedIncident, severityOfPriority } from './paged-incident';

/** PagerDuty V3 webhook event types, and what each is on a timeline. */
const KINDS: Record<string, { kind: TimelineEntryKind; verb: string }> = {
  'incident.triggered': { kind: 'detection', verb: 'triggered' },
  'incident.acknowledged': { kind: 'action', verb: 'acknowledged' },
  'incident.escalated': { kind: 'escalation', verb: 'escalated' },
  'incident.reassigned': { kind: 'escalation', verb: 'reassigned' },
  'incident.priority_updated': { kind: 'decision', verb: 'priority changed' },
  'incident.annotated': { kind: 'observation', verb: 'note added' },
  'incident.resolved': { kind: 'action', verb: 'resolved' },
};

const summaryOf = (value: unknown) => (isObject(value) ? str(value.summary) : undefined);

/** The `event` of a PagerDuty V3 webhook (`{ "event": { … } }`) about an incident. */
const eventOf = (payload: unknown): Fields | undefined => {
  const event = isObject(payload) ? payload.event : undefined;
  return isObject(event) && event.resource_type === 'incident' && isObject(event.data) ? event : undefined;
};

export const pagerDutyIncident = (payload: unknown): PagedIncident | undefined => {
  const data = eventOf(payload)?.data as Fields | undefined;
  const raised = parseTimestamp(data?.created_at);
  const id = str(data?.number !== undefined ? `#${String(data.number)}` : undefined) ?? str(data?.id);
  if (!data || !raised || !id || !str(data.title)) return undefined;
  const fallback = data.urgency === 'low' ? 'SEV3' : 'SEV2';
  return {
    reference: { id: `PagerDuty ${id}`, url: str(data.html_url) },
    title: str(data.title) as string,
    severity: severityOfPriority(summaryOf(data.priority), fallback),
    service: summaryOf(data.service),
    raisedAt: raised.at,
  };
};

const suggestionOf = (event: Fields, file: string, line?: number): Suggestion | undefined => {
  const data = event.data as Fields;
  const type = KINDS[String(event.event_type)];
  const time = parseTimestamp(event.occurred_at);
  if (!type || !time) return undefined;
  const agent = summaryOf(event.agent);
  return {
    key: suggestionKey('pagerduty', String(event.id ?? `${String(data.id)}\n${String(event.occurred_at)}\n${String(event.event_type)}`)),
    at: time.at,
    kind: type.kind,
    description: `PagerDuty incident ${data.number !== undefined ? `#${String(data.number)} ` : ''}${type.verb}${agent ? ` by ${agent}` : ''}: ${str(data.title) ?? ''}`,
    evidenceKind: 'document',
    service: summaryOf(data.service),
    count: 1,
    anomaly: event.event_type === 'incident.triggered',
    source: { format: 'pagerduty', file, line, messageId: str(event.id), timestamp: String(event.occurred_at), zone: time.zone },
  };
};

/** PagerDuty V3 webhook payloads: one, an array, or JSON Lines. */
export const importPagerDuty = (text: string, options: { file: string; window?: ImportWindow }): ImportResult => {
  const { records, unparsed } = jsonRecords(text);
  const found = records.flatMap(({ value, line }, i) => {
    const event = eventOf(value);
    const suggestion = event && suggestionOf(event, options.file, line);
    if (!suggestion) unparsed.add(line ?? i + 1);
    return suggestion ? [suggestion] : [];
  });
  return collect({ format: 'pagerduty', ...options }, records.length, found, unparsed);
};
