import { openEventStore } from '@hindsight/event-store';
import { AccessTokens, ALL_TEAMS, isRole, LegacyTokenTable, ROLES, type Role } from '@hindsight/identity';
import { loadLogKeys } from '@hindsight/transparency';
import { Command, InvalidArgumentError, Option } from 'commander';
import { dirname, join } from 'node:path';

const defaultDatabase = () => process.env['HINDSIGHT_DATA'] ?? 'data/hindsight.sqlite';

const role = (value: string, previous: Role[] = []): Role[] => {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return [...previous, value];
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const days = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new InvalidArgumentError('must be a whole number of days from 1 to 3650');
  return n;
};

/**
 * `tokens create | list | revoke`: local API tokens for people and automation, without a
 * running server. Each change is an event in the log's access stream; creations are signed
 * with the log's key, so the tool reads it from the key directory.
 */
export const tokensProgram = (print: (line: string) => void = console.log): Command => {
  const program = new Command('tokens')
    .description('Manage Hindsight local API tokens: each change is an event in the log (stream access-tokens)')
    .addOption(new Option('--data <file>', 'the embedded store file').default(defaultDatabase(), '$HINDSIGHT_DATA or data/hindsight.sqlite'))
    .addOption(new Option('--key-dir <dir>', 'where the log\'s signing key is kept (default: $HINDSIGHT_KEY_DIR, or keys beside the store file)'))
    .exitOverride()
    .showHelpAfterError();

  /** The log: $HINDSIGHT_EVENTSTORE when it names a KurrentDB server, else the embedded file. */
  const withTokens = async <T>(run: (tokens: AccessTokens) => Promise<T>): Promise<T> => {
    const { data, keyDir } = program.opts<{ data: string; keyDir?: string }>();
    const store = openEventStore(process.env['HINDSIGHT_EVENTSTORE'] ?? data);
    const dir = keyDir ?? process.env['HINDSIGHT_KEY_DIR'] ?? join(dirname(data), 'keys');
    const keys = loadLogKeys(process.env['HINDSIGHT_SIGNING_KEY'], dir, (vkey) => print(`Created the log's signing key in ${dir}; its public key: ${vkey}`));
    const legacy = LegacyTokenTable.open(data);
    try {
      const tokens = new AccessTokens(store, keys.signer, keys.verifiers);
      await tokens.importLegacy(legacy);
      return await run(tokens);
    } finally {
      legacy.close();
      await store.close();
    }
  };

  program
    .command('create')
    .description('create a token; it is printed once and only its hash is kept')
    .requiredOption('--name <name>', 'who or what the token is for; recorded as the actor of its changes')
    .requiredOption('--role <role>', `a role (${ROLES.join(', ')}); repeat for several`, role)
    .option('--team <team>', `a team the token acts for; repeat for several, '${ALL_TEAMS}' for all`, collect, [])
    .option('--expires-in-days <days>', 'expire after this many days', days)
    .action(async (options: { name: string; role: Role[]; team: string[]; expiresInDays?: number }) => {
      const expiresAt = options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : undefined;
      const { token, record } = await withTokens((tokens) =>
        tokens.create({ name: options.name, roles: options.role, teams: options.team, createdBy: 'tokens cli', ...(expiresAt ? { expiresAt } : {}) }),
      );
      print(`Created token ${record.id} for ${record.name} (${record.roles.join(', ')}${record.teams.length ? `; teams ${record.teams.join(', ')}` : ''}).`);
      print('Copy it now: it cannot be shown again.');
      print(token);
    });

  program
    .command('list')
    .description('list tokens (never their secrets)')
    .action(async () => {
      const now = Date.now();
      for (const t of await withTokens((tokens) => tokens.list())) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt && Date.parse(t.expiresAt) <= now ? `expired ${t.expiresAt}` : 'active';
        print([t.id, t.name, t.roles.join(','), t.teams.join(',') || '-', t.createdAt, t.expiresAt ?? 'never', state].join('\t'));
      }
    });

  program
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>', 'the token id shown by create and list')
    .action(async (id: string) => {
      if (!(await withTokens((tokens) => tokens.revoke(id, 'tokens cli')))) program.error(`error: no active token with id ${id}`);
      print(`Revoked token ${id}.`);
    });

  return program;
};
