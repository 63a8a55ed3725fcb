export { spawnApi, type ApiProcess } from './lib/api-process';
export { createToken } from './lib/tokens';
