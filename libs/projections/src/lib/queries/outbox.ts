import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';

export interface PendingDelivery {
  postmortemId: string;
  communicationId: string;
  deliveryId: string;
}

/** Deliveries whose first attempt or retry is due at `now`, oldest retry first. */
export const dueDeliveries = (db: Database.Database, now: Date, limit: number): PendingDelivery[] =>
  prepared(
    db,
    `SELECT report_id AS postmortemId, communication_id AS communicationId, delivery_id AS deliveryId
       FROM rm_outbox WHERE due_at <= ? ORDER BY due_at LIMIT ?`,
  ).all(now.toISOString(), limit) as PendingDelivery[];
