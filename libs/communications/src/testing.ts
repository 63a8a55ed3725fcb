export * from './testing/mail-server';
export * from './testing/webhook-receiver';
export * from './testing/feed-validators';
