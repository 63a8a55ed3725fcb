/** An Idempotency-Key already used for a different request (another method, path or body): 422. */
export class IdempotencyKeyReused extends Error {
  readonly rule = 'idempotency_key_reused';

  constructor() {
    super('This Idempotency-Key was already used for a different request (method, path or body); use a new key for a new change');
    this.name = 'IdempotencyKeyReused';
  }
}
