import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time stamped on new events. Always the real time, except while the demo history is
 * loaded into an empty store before the server listens: its commands happened in the past.
 */
@Injectable()
export class Clock {
  private pinned?: Date;

  now(): Date {
    return this.pinned ?? new Date();
  }

  async replaying<T>(run: (travelTo: (at: Date) => void) => Promise<T>): Promise<T> {
    try {
      return await run((at) => (this.pinned = at));
    } finally {
      this.pinned = undefined;
    }
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
