export type { Step } from './lib/step';
export { generateHistory, type HistoryOptions } from './lib/generate-history';
export { writeHistory } from './lib/write-history';
