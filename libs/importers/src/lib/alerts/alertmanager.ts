import type { ImportResult } from '../import-result';
import { collect, type Fields, isObject, jsonRecords, str } from '../records';
import { type Suggestion, suggestionKey } from '../suggestion';
import { parseTimestamp } from '../timestamps';
import type { ImportWindow } from '../window';

/** Alertmanager's "zero" time for an alert that has not ended. */
const NOT_ENDED = '0001-01-01T00:00:00Z';

const labelsOf = (alert: Fields): Record<string, string> => (isObject(alert.labels) ? (alert.labels as Record<string, string>) : {});
const annotationsOf = (alert: Fields): Record<string, string> => (isObject(alert.annotations) ? (alert.annotations as Record<string, string>) : {});

/** The service an alert is about: the label teams most often put it in. */
export const alertService = (alert: Fields): string | undefined => {
  const labels = labelsOf(alert);
  return str(labels.service) ?? str(labels.app) ?? str(labels.job);
};

const fingerprint = (alert: Fields) =>
  str(alert.fingerprint) ??
  Object.entries(labelsOf(alert))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** One alert of a notification: firing at `startsAt`, resolved at `endsAt`. */
export const alertSuggestion = (alert: Fields, file: string, line?: number): Suggestion | undefined => {
  const resolved = alert.status === 'resolved';
  const written = str(resolved ? alert.endsAt : alert.startsAt);
  const time = written && written !== NOT_ENDED ? parseTimestamp(written) : undefined;
  if (!time || !written) return undefined;
  const name = labelsOf(alert).alertname ?? 'alert';
  const annotations = annotationsOf(alert);
  const summary = str(annotations.summary) ?? str(annotations.description) ?? str(annotations.message);
  const id = fingerprint(alert);
  return {
    key: suggestionKey('alertmanager', `${id}\n${str(alert.startsAt)}\n${resolved ? 'resolved' : 'firing'}`),
    at: time.at,
    kind: resolved ? 'observation' : 'detection',
    description: `Alert ${name} ${resolved ? 'resolved' : 'firing'}${summary ? `: ${summary}` : ''}`,
    evidenceKind: 'metric',
    service: alertService(alert),
    count: 1,
    anomaly: !resolved,
    source: { format: 'alertmanager', file, line, messageId: id, timestamp: written, zone: time.zone },
  };
};

/** The alerts of an Alertmanager webhook payload (version 4), or undefined if it is not one. */
export const alertsOf = (payload: unknown): Fields[] | undefined =>
  isObject(payload) && Array.isArray(payload.alerts) ? payload.alerts.filter(isObject) : undefined;

/** A file of Alertmanager webhook payloads: one, an array of them, or JSON Lines as a receiver logs them. */
export const importAlertmanager = (text: string, options: { file: string; window?: ImportWindow }): ImportResult => {
  const { records, unparsed } = jsonRecords(text);
  const found: Suggestion[] = [];
  let alerts = 0;
  records.forEach(({ value, line }, i) => {
    const payloadAlerts = alertsOf(value);
    if (!payloadAlerts) return unparsed.add(line ?? i + 1);
    for (const alert of payloadAlerts) {
      alerts += 1;
      const suggestion = alertSuggestion(alert, options.file, line);
      if (suggestion) found.push(suggestion);
      else unparsed.add(line ?? i + 1);
    }
  });
  return collect({ format: 'alertmanager', ...options }, alerts, found, unparsed);
};
