export * from './audit';
export * from './common';
export * from './reads';
export * from './report-document';
export * from './transparency';
export * from './regulatory';
export * from './imports';
