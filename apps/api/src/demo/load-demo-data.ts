import { generateHistory } from '@hindsight/demo-data';
import type { EventStore } from '@hindsight/event-store';
import { ACCESS_STREAM } from '@hindsight/identity';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock';
import { ExecutePostmortemCommand } from '../postmortems/commands/execute-postmortem-command';
import { EVENT_STORE } from '../postmortems/tokens';

/**
 * Fills a store without reports with 18 months of simulated incident reviews (the e-commerce sale
 * slowdown among them) through the real command path: the command bus, the decider, the store.
 * Runs before the server listens; each command is stamped with the time it was simulated at.
 */
export const loadDemoData = async (app: NestFastifyApplication): Promise<void> => {
  const store = app.get<EventStore>(EVENT_STORE);
  // Empty but for access changes (the first admin token): a store nobody has written a report to.
  if ((await store.readAll({ limit: 1_000 })).some((event) => event.streamId !== ACCESS_STREAM)) return;
  const bus = app.get(CommandBus);
  const clock = app.get(Clock);
  const steps = generateHistory({ end: clock.now() });
  const logger = new Logger('demo');
  logger.log(`Loading ${steps.length} demo commands…`);
  await clock.replaying(async (travelTo) => {
    for (const step of steps) {
      travelTo(new Date(step.at));
      const commandId = randomUUID();
      await bus.execute(new ExecutePostmortemCommand(step.postmortemId, step.command, { actor: step.actor, commandId, newId: commandId, correlationId: commandId }));
    }
  });
  logger.log(`Loaded ${new Set(steps.map((s) => s.postmortemId)).size} demo incident reviews`);
};
