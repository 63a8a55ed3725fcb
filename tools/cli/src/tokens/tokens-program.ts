import { ALL_TEAMS, isRole, ROLES, type Role, SqliteTokenStore } from '@hindsight/identity';
import { Command, InvalidArgumentError, Option } from 'commander';

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

/** `tokens create | list | revoke`: local API tokens for people and automation, without a running server. */
export const tokensProgram = (print: (line: string) => void = console.log): Command => {
  const program = new Command('tokens')
    .description('Manage Hindsight local API tokens in the embedded store')
    .addOption(new Option('--data <file>', 'the embedded store file').default(defaultDatabase(), '$HINDSIGHT_DATA or data/hindsight.sqlite'))
    .exitOverride()
    .showHelpAfterError();

  const withStore = <T>(run: (store: SqliteTokenStore) => T): T => {
    const store = SqliteTokenStore.open(program.opts<{ data: string }>().data);
    try {
      return run(store);
    } finally {
      store.close();
    }
  };

  program
    .command('create')
    .description('create a token; it is printed once and only its hash is kept')
    .requiredOption('--name <name>', 'who or what the token is for; recorded as the actor of its changes')
    .requiredOption('--role <role>', `a role (${ROLES.join(', ')}); repeat for several`, role)
    .option('--team <team>', `a team the token acts for; repeat for several, '${ALL_TEAMS}' for all`, collect, [])
    .option('--expires-in-days <days>', 'expire after this many days', days)
    .action((options: { name: string; role: Role[]; team: string[]; expiresInDays?: number }) => {
      const expiresAt = options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : undefined;
      const { token, record } = withStore((store) =>
        store.create({ name: options.name, roles: options.role, teams: options.team, createdBy: 'tokens cli', ...(expiresAt ? { expiresAt } : {}) }),
      );
      print(`Created token ${record.id} for ${record.name} (${record.roles.join(', ')}${record.teams.length ? `; teams ${record.teams.join(', ')}` : ''}).`);
      print('Copy it now: it cannot be shown again.');
      print(token);
    });

  program
    .command('list')
    .description('list tokens (never their secrets)')
    .action(() => {
      const now = Date.now();
      for (const t of withStore((store) => store.list())) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt && Date.parse(t.expiresAt) <= now ? `expired ${t.expiresAt}` : 'active';
        print([t.id, t.name, t.roles.join(','), t.teams.join(',') || '-', t.createdAt, t.expiresAt ?? 'never', state].join('\t'));
      }
    });

  program
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>', 'the token id shown by create and list')
    .action((id: string) => {
      if (!withStore((store) => store.revoke(id))) program.error(`error: no active token with id ${id}`);
      print(`Revoked token ${id}.`);
    });

  return program;
};
