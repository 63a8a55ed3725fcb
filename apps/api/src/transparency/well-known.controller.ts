import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { FileResponse } from '../http/file-response.decorator';
import type { LogKeys } from '@hindsight/transparency';
import { LOG_KEYS } from './tokens';

/** `/.well-known/hindsight-log-keys`: the public keys that sign this log's checkpoints, current first (C2SP verifier keys). */
@ApiTags('transparency')
@Controller('.well-known/hindsight-log-keys')
export class WellKnownController {
  constructor(@Inject(LOG_KEYS) private readonly keys: LogKeys) {}

  @Get()
  @Public()
  @FileResponse('text/plain', 'One C2SP verifier key per line: <name>+<key ID>+<base64 key>; the first signs new checkpoints')
  @Header('content-type', 'text/plain; charset=utf-8')
  logKeys(): string {
    return `${this.keys.vkeys.join('\n')}\n`;
  }
}
