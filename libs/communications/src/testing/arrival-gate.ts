/**
 * What a test receiver does with each arrival before it answers: tells whoever waits for the
 * next one, then holds it unanswered while `hold()` is in force, until `release()`.
 */
export class ArrivalGate {
  private holding = false;
  private readonly held: (() => void)[] = [];
  private readonly waiting: (() => void)[] = [];

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const resume of this.held.splice(0)) resume();
  }

  /** Resolves when something arrives, held or not. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async pass(): Promise<void> {
    for (const arrived of this.waiting.splice(0)) arrived();
    if (this.holding) await new Promise<void>((resume) => this.held.push(resume));
  }
}
