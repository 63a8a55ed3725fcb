export { rewriteEvent, cutStream, deleteStream, runSql, swapEvents, rollBack } from './testing/tamper';
export { writeInterleavedLog, noteEvent } from './testing/interleaved-log';
