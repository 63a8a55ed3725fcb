export { spawnApi, type ApiProcess } from './lib/api-process';
