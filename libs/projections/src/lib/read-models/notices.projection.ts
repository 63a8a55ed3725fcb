import { evolve, type Postmortem } from '@hindsight/domain';
import type { ProjectedEvent, Projection } from '../projection';
import { dropTables, prepared } from './sql';

/**
 * What each person should hear of, by the name they sign in with (an email address, for people
 * reached by mail): communications sent to them as a report's stakeholder, and action items
 * assigned to them.
 */
export const noticesProjection: Projection = {
  name: 'notices',
  version: 1,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_notices (
        recipient TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL, report_id TEXT NOT NULL, report_title TEXT NOT NULL,
        text TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (recipient, kind, ref)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS rm_notices_by_recipient ON rm_notices (recipient, at);
    `),
  drop: (db) => dropTables(db, ['rm_notices']),
  apply: (db, changes) => {
    const notice = prepared(db, 'INSERT OR REPLACE INTO rm_notices VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const change of changes) {
      // Each notice is taken from the report as that event left it, so a rebuild, whatever its batches, finds the same.
      let report = change.before;
      for (const event of change.events) {
        const before = report;
        report = evolve(report, event);
        if (!report) continue;
        for (const n of noticesOf(event, before, report)) notice.run(n.recipient.toLowerCase(), n.kind, n.ref, report.id, report.facts.title, n.text, n.at);
      }
    }
  },
};

interface Notice {
  recipient: string;
  kind: 'communication' | 'assignment';
  ref: string;
  text: string;
  at: string;
}

const noticesOf = (event: ProjectedEvent, before: Postmortem | null, report: Postmortem): Notice[] => {
  if (event.type === 'ActionItemAssigned') {
    const { owner, actionItemId } = event.data;
    const title = report.actionItems.find((i) => i.id === actionItemId)?.title ?? actionItemId;
    return owner.kind === 'person' ? [{ recipient: owner.name, kind: 'assignment', ref: `${actionItemId}/${event.revision}`, text: title, at: event.metadata.timestamp }] : [];
  }
  if (event.type !== 'CommunicationSent' && event.type !== 'CommunicationDelivered') return [];
  const sent = report.communications.find((c) => c.id === event.data.communicationId);
  if (!sent || sent.status !== 'sent' || before?.communications.find((c) => c.id === sent.id)?.status === 'sent') return [];
  return sent.stakeholderIds.flatMap((id) => {
    const email = report.stakeholders.find((s) => s.id === id)?.email;
    return email ? [{ recipient: email, kind: 'communication' as const, ref: sent.id, text: sent.message?.subject ?? sent.summary, at: sent.sentAt ?? event.metadata.timestamp }] : [];
  });
};
