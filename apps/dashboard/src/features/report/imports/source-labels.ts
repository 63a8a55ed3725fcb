import type { ImportFormat } from '@hindsight/domain';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  logs: 'Logs',
  prometheus: 'Prometheus metrics',
  'metrics-csv': 'Metrics (CSV)',
  alertmanager: 'Alertmanager alerts',
  pagerduty: 'PagerDuty',
  opsgenie: 'Opsgenie',
  slack: 'Slack',
  deploys: 'Deploys',
};
