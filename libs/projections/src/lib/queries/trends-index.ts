import type { Severity } from '@hindsight/domain';
import type { TrendGroup } from './trend-filters';
import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';
import { wholeMinutes } from './statistics';

/** What trends need of one incident, as its rows in the trends read model state it. */
export interface TrendIncident {
  occurredAt: string;
  month: string;
  team: string;
  severity: Severity;
  /** How it was noticed; 'unknown' when the report does not say. */
  detection: string;
  services: string[];
  /** The groups it counts in, per grouping (several services; one of everything else). */
  groups: Record<TrendGroup, readonly string[]>;
  /** Cause categories, as their numbers in `categoryNames`. */
  categories: number[];
  itemsCreated: number;
  itemsDone: number;
  openDueDates: string[];
}

type IncidentRow = [id: string, occurredAt: string, month: string, team: string, severity: Severity, detection: string, ...ms: (number | null)[]];
const COLUMNS = `report_id, occurred_at, month, team, severity, COALESCE(detection_method, 'unknown'),
  to_detect_ms, to_resolve_ms, to_publish_ms, signal_to_detect_ms, categories, items_created, items_done, open_due_dates`;
const ONLY = 'WHERE report_id IN (SELECT value FROM json_each(?))';

const words = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** The durations of a row (time to detect, to resolve, to publish, first signal to detection) in whole minutes; NaN when unknown. */
const minutesOf = (row: unknown[]): number[] => (row.slice(6, 10) as (number | null)[]).map((ms) => (ms === null ? NaN : wholeMinutes(ms)));

/** Past this many changed reports, sorting each order again is cheaper than moving them one by one. */
const MOVES_BEFORE_RESORTING = 200;

/**
 * The trends read model's incidents held in memory, with each duration's incidents kept in
 * ascending order: a trends request is then one pass over the incidents and one per duration,
 * with exact percentiles and nothing to sort. SQLite stays the source: the rows are loaded on
 * the first request, and the rows of reports the runner changed are read again before the next.
 */
export class TrendsIndex {
  private readonly incidents: (TrendIncident | undefined)[] = [];
  /** Per duration, each slot's value in whole minutes (NaN when unknown): what the orders sort by. */
  private readonly minutes: number[][] = [[], [], [], []];
  private readonly categoryNames: string[] = [];
  private readonly categoryNumbers = new Map<string, number>();
  private readonly slots = new Map<string, number>();
  private readonly changed = new Set<string>();
  private loaded = false;
  /** Per duration, the slots of incidents that have it, in ascending order of it; undefined once a duration changed. */
  private orders?: number[][];

  constructor(private readonly db: Database.Database) {}

  /** Reports whose rows may have changed; read again before the next request. */
  invalidate(reportIds: Iterable<string>): void {
    if (this.loaded) for (const id of reportIds) this.changed.add(id);
  }

  /**
   * Every incident kept (by slot; a slot whose row is gone is undefined), each duration's values
   * by slot and the slots that have one in ascending order of it, and the categories' names.
   */
  current(): { incidents: readonly (TrendIncident | undefined)[]; minutes: readonly (readonly number[])[]; orders: readonly (readonly number[])[]; categoryNames: readonly string[] } {
    this.sync();
    this.orders ??= this.minutes.map((column) =>
      column.flatMap((value, slot) => (Number.isNaN(value) ? [] : [slot])).sort((a, b) => column[a] - column[b]),
    );
    return { incidents: this.incidents, minutes: this.minutes, orders: this.orders, categoryNames: this.categoryNames };
  }

  private sync(): void {
    if (this.loaded && this.changed.size === 0) return;
    if (this.changed.size > MOVES_BEFORE_RESORTING) this.orders = undefined;
    const ids = this.loaded ? JSON.stringify([...this.changed]) : undefined;
    const where = ids === undefined ? '' : ONLY;
    const services = new Map<string, string[]>();
    for (const [id, service] of prepared(this.db, `SELECT report_id, service FROM rm_incident_services ${where}`).raw().all(...(ids ? [ids] : [])) as [string, string][]) {
      const known = services.get(id);
      if (known) known.push(service);
      else services.set(id, [service]);
    }
    const seen = new Set<string>();
    for (const row of prepared(this.db, `SELECT ${COLUMNS} FROM rm_incidents ${where}`).raw().all(...(ids ? [ids] : [])) as unknown[][]) {
      const id = row[0] as string;
      seen.add(id);
      this.put(id, this.incidentOf(row, services.get(id) ?? []), minutesOf(row));
    }
    // A report's row gone (its read model rebuilt from zero) leaves its slot empty.
    for (const id of this.changed) if (!seen.has(id) && this.slots.has(id)) this.put(id, undefined, [NaN, NaN, NaN, NaN]);
    this.changed.clear();
    this.loaded = true;
  }

  private incidentOf(row: unknown[], services: string[]): TrendIncident {
    const [, occurredAt, month, team, severity, detection] = row as IncidentRow;
    const [categories, itemsCreated, itemsDone, openDueDates] = row.slice(10) as [string, number, number, string];
    const groups = { month: [month], team: [team], severity: [severity], detection: [detection], service: services };
    return { occurredAt, month, team, severity, detection, services, groups, categories: words(categories).map((c) => this.numberOf(c)), itemsCreated, itemsDone, openDueDates: words(openDueDates) };
  }

  private numberOf(category: string): number {
    let known = this.categoryNumbers.get(category);
    if (known === undefined) this.categoryNumbers.set(category, (known = this.categoryNames.push(category) - 1));
    return known;
  }

  private put(id: string, incident: TrendIncident | undefined, minutes: number[]): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      this.slots.set(id, (slot = this.incidents.push(undefined) - 1));
      for (const column of this.minutes) column.push(NaN);
    }
    this.incidents[slot] = incident;
    this.minutes.forEach((column, d) => {
      const [was, now] = [column[slot], minutes[d]];
      if (Object.is(was, now)) return;
      const order = this.orders?.[d];
      if (order && !Number.isNaN(was)) order.splice(order.indexOf(slot), 1);
      column[slot] = now;
      if (order && !Number.isNaN(now)) order.splice(this.firstAbove(order, column, now), 0, slot);
    });
  }

  /** Where a value goes in a duration's order: after every slot whose value is at most it. */
  private firstAbove(order: readonly number[], column: readonly number[], value: number): number {
    let [low, high] = [0, order.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (column[order[middle]] <= value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
