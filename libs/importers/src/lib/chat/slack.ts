import type { ImportResult } from '../import-result';
import { collect, type Fields, isObject, jsonRecords, str } from '../records';
import { type Suggestion, suggestionKey } from '../suggestion';
import { parseTimestamp } from '../timestamps';
import type { ImportWindow } from '../window';

/** Message subtypes that are the channel's housekeeping, not the conversation. */
const HOUSEKEEPING = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'pinned_item', 'reminder_add']);

/** Slack's markup: `<@U123>` mentions, `<https://…|label>` links, `<!here>`, and HTML entities. */
const plainText = (text: string, names: Map<string, string>): string =>
  text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_, id: string) => `@${names.get(id) ?? id}`)
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<(https?:[^>|]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const authorOf = (message: Fields, names: Map<string, string>): string => {
  const profile = isObject(message.user_profile) ? message.user_profile : {};
  const user = str(message.user);
  return str(profile.real_name) ?? str(profile.display_name) ?? (user && names.get(user)) ?? str(message.username) ?? user ?? 'unknown';
};

/** `users.json` of an export: ids to the names people know each other by. */
export const slackNames = (usersJson: string): Map<string, string> => {
  const users: unknown = JSON.parse(usersJson);
  return new Map(
    (Array.isArray(users) ? users.filter(isObject) : []).map((u) => {
      const profile = isObject(u.profile) ? u.profile : {};
      return [String(u.id), str(profile.real_name) ?? str(u.real_name) ?? str(u.name) ?? String(u.id)];
    }),
  );
};

/**
 * A channel of a Slack export: a day file (a JSON array of messages) or several joined.
 * Messages become communication entries in order, with their authors; the channel's
 * housekeeping (joins, topic changes) is left out.
 */
export const importSlack = (text: string, options: { file: string; window?: ImportWindow; channel?: string; names?: Map<string, string> }): ImportResult => {
  const { records, unparsed } = jsonRecords(text);
  const names = options.names ?? new Map<string, string>();
  let messages = 0;
  const found = records.flatMap(({ value, line }, i): Suggestion[] => {
    if (!isObject(value) || value.type !== 'message') return unparsed.add(line ?? i + 1), [];
    messages += 1;
    if (HOUSEKEEPING.has(String(value.subtype))) return [];
    const ts = str(value.ts);
    const time = ts && parseTimestamp(ts);
    if (!ts || !time) return unparsed.add(line ?? i + 1), [];
    return [{
      key: suggestionKey('slack', `${options.channel ?? ''}\n${ts}`),
      at: time.at,
      kind: 'communication',
      description: `${authorOf(value, names)}: ${plainText(str(value.text) ?? '', names)}`,
      evidenceKind: 'document',
      count: 1,
      anomaly: false,
      source: { format: 'slack', file: options.file, line, messageId: ts, timestamp: ts, zone: time.zone },
    }];
  });
  return collect({ format: 'slack', ...options }, messages, found, unparsed);
};
