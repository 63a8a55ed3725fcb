export { rewriteEvent, cutStream, deleteStream, runSql, swapEvents, rollBack } from './testing/tamper';
