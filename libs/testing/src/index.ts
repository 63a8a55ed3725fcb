export { spawnApi, type ApiProcess } from './lib/api-process';
export { createToken } from './lib/tokens';
export { launchBrowser } from './lib/browser';
