import { parseBsdTimestamp, parseTimestamp } from '../timestamps';
import { type LineContext, type LogRecord, syslogLevel } from './log-record';

const NIL = '-';
/** RFC 5424 §6: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]`. */
const RFC5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (.*))?$/;
/** RFC 3164 §4.1: `<PRI>Mmm dd hh:mm:ss HOSTNAME TAG[pid]: MSG`; files written by syslog daemons drop the PRI. */
const RFC3164 = /^(?:<(\d{1,3})>)?([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}) (\S+) ([^:[\s]+)(?:\[\d+\])?: ?(.*)$/;

const severity = (pri: string | undefined) => (pri === undefined ? undefined : syslogLevel(Number(pri) % 8));
const withoutBom = (message: string) => (message.startsWith('\uFEFF') ? message.slice(1) : message);

export const parseRfc5424Line = (line: string, context: LineContext): LogRecord | undefined => {
  const match = RFC5424.exec(line);
  const time = match && parseTimestamp(match[2], context.assumedZone);
  if (!match || !time) return undefined;
  const [, pri, timestamp, , app, , msgId, , message = ''] = match;
  return {
    time,
    timestamp,
    level: severity(pri),
    message: withoutBom(message) || (msgId === NIL ? '' : msgId),
    service: app === NIL ? undefined : app,
  };
};

export const parseRfc3164Line = (line: string, context: LineContext): LogRecord | undefined => {
  const match = RFC3164.exec(line);
  const time = match && parseBsdTimestamp(match[2].replace('  ', ' '), context.reference, context.assumedZone);
  if (!match || !time) return undefined;
  const [, pri, timestamp, , tag, message] = match;
  return { time, timestamp, level: severity(pri), message, service: tag };
};
