/** No valid credentials: 401. The reason is logged, never sent (it would help an attacker). */
export class Unauthenticated extends Error {
  constructor(readonly reason: string) {
    super('A valid bearer token is required');
    this.name = 'Unauthenticated';
  }
}

/** Valid credentials, but not for this: 403. */
export class Forbidden extends Error {
  constructor(message = 'Your roles or teams do not allow this') {
    super(message);
    this.name = 'Forbidden';
  }
}
