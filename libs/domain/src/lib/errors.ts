/** A command broke a business rule; `rule` names it for clients and logs. */
export class DomainRuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainRuleViolation';
  }
}

/** A command named a report, or an entity inside it, that does not exist. */
export class NotFound extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} '${id}' does not exist`);
    this.name = 'NotFound';
  }
}
