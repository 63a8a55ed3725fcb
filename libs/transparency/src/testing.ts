export { rewriteEvent, cutStream, deleteStream, runSql } from './testing/tamper';
