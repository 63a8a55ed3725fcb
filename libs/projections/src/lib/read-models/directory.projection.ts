import type { Postmortem } from '@hindsight/domain';
import type { Projection } from '../projection';
import { dropTables, prepared, touches } from './sql';

export type DirectoryKind = 'person' | 'team' | 'service';

/** The names a report mentions now: its team and services, and its action items' owners. */
export const namesIn = (report: Postmortem): [DirectoryKind, string][] => [
  ['team', report.facts.team],
  ...report.facts.services.map((service): [DirectoryKind, string] => ['service', service]),
  ...report.actionItems.flatMap((item): [DirectoryKind, string][] => (item.owner ? [[item.owner.kind, item.owner.name]] : [])),
];

/**
 * Who and what the organisation's reports speak of, for pickers. A name a report mentions
 * follows the report (renaming an owner drops the old name); a person who changed a report
 * stays with it, as the history does.
 */
export const directoryProjection: Projection = {
  name: 'directory',
  // 2: no time kept per name (it differed between a live run and a rebuild). 3: counts per name.
  version: 3,
  migrate: (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_directory (
        report_id TEXT NOT NULL, team TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (report_id, kind, name, source)
      ) STRICT;
      -- How many reports of each team use each name: what a picker reads, a few rows per name.
      CREATE TABLE IF NOT EXISTS rm_directory_counts (
        kind TEXT NOT NULL, name TEXT NOT NULL, team TEXT NOT NULL, reports INTEGER NOT NULL,
        PRIMARY KEY (kind, name, team)
      ) STRICT;
    `),
  drop: (db) => dropTables(db, ['rm_directory', 'rm_directory_counts']),
  apply: (db, changes) => {
    const forget = prepared(db, "DELETE FROM rm_directory WHERE report_id = ? AND source = 'named'");
    const retag = prepared(db, 'UPDATE rm_directory SET team = ? WHERE report_id = ?');
    const note = prepared(db, `
      INSERT INTO rm_directory VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_id, kind, name, source) DO NOTHING`);
    const used = prepared(db, 'SELECT DISTINCT kind, name, team FROM rm_directory WHERE report_id = ?');
    const count = prepared(db, `
      INSERT INTO rm_directory_counts VALUES (?, ?, ?, ?)
      ON CONFLICT (kind, name, team) DO UPDATE SET reports = reports + excluded.reports`);
    const uses = prepared(db, 'SELECT 1 FROM rm_directory WHERE report_id = ? AND kind = ? AND name = ? LIMIT 1');
    const recount = (id: string, by: number) => {
      for (const { kind, name, team } of used.all(id) as { kind: string; name: string; team: string }[]) count.run(kind, name, team, by);
    };
    let renamed = false;
    for (const change of changes) {
      const { postmortemId: id, after } = change;
      if (!after) continue;
      const team = after.facts.team;
      const actors = new Set(change.events.map((e) => e.metadata.actor));
      if (!touches(change, ['ActionItem', 'IncidentFacts', 'PostmortemDrafted'])) {
        // Most changes name no one new: only a person who had not changed the report before counts it once more.
        for (const actor of actors) {
          if (!uses.get(id, 'person', actor)) count.run('person', actor, team, 1);
          note.run(id, team, 'person', actor, 'actor');
        }
        continue;
      }
      renamed = true;
      // The report stops counting for the names it used and counts again for those it uses now.
      recount(id, -1);
      forget.run(id);
      retag.run(team, id);
      const named = new Map(namesIn(after).map(([kind, name]) => [`${kind} ${name}`, [kind, name]] as const));
      for (const [kind, name] of named.values()) note.run(id, team, kind, name, 'named');
      for (const actor of actors) note.run(id, team, 'person', actor, 'actor');
      recount(id, 1);
    }
    // Only a renaming can leave a name no report uses.
    if (renamed) prepared(db, 'DELETE FROM rm_directory_counts WHERE reports = 0').run();
  },
};
