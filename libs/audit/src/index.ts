export { summarize } from './lib/summarize';
export { diffReports, type ReportDiff, type FieldChange, type SectionDiff } from './lib/diff';
export { writeBundle, verifyBundle, BUNDLE_KIND, type Manifest, type BundleVerdict } from './lib/bundle';
export { auditDocument, toMarkdown, type AuditDocument } from './lib/document';
export { toPdf } from './lib/pdf';
export { historyOf, historyCsv, type HistoryEntry } from './lib/history';
