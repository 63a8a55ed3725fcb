import type { PostmortemCommand } from '@hindsight/domain';

/** One command of the simulated history: who sent it to which report, and when. */
export interface Step {
  postmortemId: string;
  command: PostmortemCommand;
  actor: string;
  at: string;
}
