import { Drafts, DRAFTS, StatusPage, type TemplateFiles, toPublicIncident } from '@hindsight/communications';
import { fold, type Postmortem } from '@hindsight/domain';
import { ConfigError } from '../config/config-error';

const SAMPLE_INCIDENT = toPublicIncident(
  { id: '00000000-0000-4000-8000-000000000000', services: ['checkout'], startedAt: '2026-01-01T00:00:00.000Z', resolvedAt: '2026-01-01T01:00:00.000Z', firstPublishedAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', summary: 'Sample.' },
  'http://localhost',
);
const SAMPLE_REPORT = fold([
  { type: 'PostmortemDrafted', data: { postmortemId: 'sample', facts: { title: 'Sample', severity: 'SEV3', services: ['checkout'], team: 'sample', occurredAt: '2026-01-01T00:00:00.000Z', customerImpact: '', summary: '' } } },
]) as Postmortem;

const checked = <T>(make: () => T): T => {
  try {
    return make();
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_TEMPLATES_DIR: ${(error as Error).message}`);
  }
};

/** The status page, rendered once with a sample incident: a template that fails, fails at start, naming itself. */
export const checkedStatusPage = (templates: TemplateFiles): StatusPage =>
  checked(() => {
    const page = new StatusPage(templates);
    for (const incidents of [[], [SAMPLE_INCIDENT]]) {
      page.html(incidents, { name: 'Sample', base: 'http://localhost' });
      page.html(incidents, { name: 'Sample', base: 'http://localhost' }, 'checkout');
    }
    return page;
  });

/** Every draft, rendered once from a sample report, for the same reason. */
export const checkedDrafts = (templates: TemplateFiles, organisation: string): Drafts =>
  checked(() => {
    const drafts = new Drafts(templates, organisation);
    for (const { id } of DRAFTS) drafts.render(SAMPLE_REPORT, id);
    return drafts;
  });
