import { Command } from 'commander';
import type { Output } from './output';
import { consistencyCommand, inclusionCommand } from './proof-commands';
import { bundleCommand } from './verify-bundle-command';
import { evidenceCommand } from './verify-evidence-command';
import { logCommand } from './verify-log-command';

/**
 * `verify`: what an auditor checks without trusting the server — an exported bundle (the
 * default), the whole log against a pinned checkpoint, and proofs recomputed from the log.
 */
export const verifyProgram = (print: Output['print'] = console.log, fail: Output['fail'] = console.error): Command => {
  const output = { print, fail };
  return new Command('verify')
    .description('Verify Hindsight audit data offline (docs/audit-format.md)')
    .exitOverride()
    .addCommand(bundleCommand(output), { isDefault: true })
    .addCommand(logCommand(output))
    .addCommand(evidenceCommand(output))
    .addCommand(inclusionCommand(output))
    .addCommand(consistencyCommand(output));
};
