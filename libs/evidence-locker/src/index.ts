export * from './lib/evidence-locker';
export * from './lib/media-type';
