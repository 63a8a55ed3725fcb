import { type Directory, type DirectoryQuery, directoryQuery, directorySchema } from '@hindsight/contracts';
import { type AccessTokens, ALL_TEAMS, type Principal, readableTeams, type TokenRecord } from '@hindsight/identity';
import { directory, type KnownIdentity } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { ACCESS_TOKENS } from '../auth/authenticator';
import { Caller } from '../auth/caller.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

/**
 * The holders of active local tokens and their teams: people the system knows before any report
 * names them. A caller limited to some teams sees the holders who share one of them.
 */
const tokenIdentities = (tokens: readonly TokenRecord[], readable: readonly string[] | undefined): KnownIdentity[] =>
  tokens
    .filter((token) => !token.revokedAt)
    .filter((token) => readable === undefined || token.teams.some((team) => readable.includes(team)))
    .flatMap((token) => [
      { kind: 'person' as const, name: token.name },
      ...token.teams.filter((team) => team !== ALL_TEAMS && (readable === undefined || readable.includes(team))).map((team) => ({ kind: 'team' as const, name: team })),
    ]);

@ApiTags('reports')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(ACCESS_TOKENS) private readonly tokens: AccessTokens,
  ) {}

  /** People, teams and services for pickers: from the reports the caller reads, the people who changed them, and token holders. */
  @Get()
  @ZodResponse(directorySchema)
  @Access(WHO.readsReports, 'none')
  async list(@ZodQuery(directoryQuery) { minPosition, ...filters }: DirectoryQuery, @Caller() caller: Principal): Promise<Directory> {
    const teams = readableTeams(caller);
    const holders = tokenIdentities(await this.tokens.list(), teams);
    return this.gate.read(minPosition, (db) => ({ items: directory(db, { ...filters, teams }, holders) }));
  }
}
