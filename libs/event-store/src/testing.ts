export { bundleWorker } from './testing/bundle-worker';
