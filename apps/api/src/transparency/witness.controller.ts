import type { WitnessService } from '@hindsight/transparency';
import { Body, Controller, Header, HttpCode, Inject, NotFoundException, Post, Res } from '@nestjs/common';
import { ApiBody, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator';
import { IntegrityMonitor } from './integrity-monitor';
import { WITNESS_SERVICE } from './tokens';

/**
 * This instance as a witness of other Hindsight logs (C2SP tlog-witness): `POST
 * /api/witness/add-checkpoint`. No token: the log's signature on the checkpoint is the credential.
 */
@ApiTags('transparency')
@Controller('witness')
export class WitnessController {
  constructor(
    @Inject(WITNESS_SERVICE) private readonly service: WitnessService | undefined,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
  ) {}

  @Post('add-checkpoint')
  @Public()
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  @ApiBody({ description: 'old <size>, the consistency proof (one base64 hash per line), a blank line, the signed checkpoint', schema: { type: 'string' } })
  @ApiResponse({ status: 200, description: 'The witness\'s cosignature lines (C2SP tlog-cosignature)', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 409, description: 'The size this witness last cosigned, in decimal', content: { 'text/x.tlog.size': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 422, description: 'The checkpoint does not extend the one last cosigned: a fork or a rollback' })
  addCheckpoint(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): string {
    if (!this.service) throw new NotFoundException('This instance is not a witness: set HINDSIGHT_WITNESS_FOR to the logs it witnesses');
    const answer = this.service.addCheckpoint(typeof body === 'string' ? body : '');
    void reply.status(answer.status);
    if (answer.status === 200) return answer.cosignatures;
    if (answer.status === 409) {
      void reply.header('content-type', 'text/x.tlog.size');
      return `${answer.witnessedSize}\n`;
    }
    // A signed checkpoint that does not extend the last one: the log forked or rolled back.
    if (answer.status === 422) this.integrity.raise(`As a witness, refused a checkpoint: ${answer.reason}`);
    return `${answer.reason}\n`;
  }
}
