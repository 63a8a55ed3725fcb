export * from './lib/projection';
export { ProjectionRunner, type Progress, type RunnerOptions } from './lib/projection-runner';
export { openReadModels, readModelsPathFor } from './lib/read-model-database';
export { ALL_PROJECTIONS } from './lib/read-models';
export { listReports, reportDocument, type ReportFilters, type ReportListItem } from './lib/queries/reports';
export { reportTimeline, reportCauses, reportCommunications } from './lib/queries/report-sections';
export { actionItemBoard, recurrences, type BoardFilters, type BoardItem } from './lib/queries/action-items';
export { trends, TREND_GROUPS, type TrendFilters, type TrendGroup } from './lib/queries/trends';
export { percentile } from './lib/queries/statistics';
