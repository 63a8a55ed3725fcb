/**
 * What stays of a message when its variable parts are masked: the same failure logged a
 * thousand times with different ids, durations and addresses is one suggestion.
 */
const VARIABLE =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b0x[0-9a-f]+\b|\b[0-9a-f]{12,}\b|"[^"]*"|'[^']*'|\b\d+(?:[.:]\d+)*\w*/gi;

export const messageTemplate = (message: string): string => message.replace(VARIABLE, '<*>');
