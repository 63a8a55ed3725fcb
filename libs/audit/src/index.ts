export { summarize } from './lib/summarize';
export { diffReports, type ReportDiff, type FieldChange, type SectionDiff } from './lib/diff';
export { BUNDLE_KIND, type ManifestV2 } from './lib/bundle-format';
export { writeBundle, bundleDigest, type BundleInput } from './lib/write-bundle';
export { verifyBundle, type BundleVerdict } from './lib/verify-bundle';
export { auditDocument, toMarkdown, type AuditDocument } from './lib/document';
export { toPdf } from './lib/pdf';
export { historyOf, historyCsv, type HistoryEntry } from './lib/history';
export { attachedFiles } from './lib/attached-files';
