import { StatusPage, type TemplateFiles, toPublicIncident } from '@hindsight/communications';
import { ConfigError } from '../config/config-error';

const SAMPLE = toPublicIncident(
  { id: '00000000-0000-4000-8000-000000000000', services: ['checkout'], startedAt: '2026-01-01T00:00:00.000Z', resolvedAt: '2026-01-01T01:00:00.000Z', firstPublishedAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', summary: 'Sample.' },
  'http://localhost',
);

/** The status page, rendered once with a sample incident: a template that fails, fails now, naming itself. */
export const checkedStatusPage = (templates: TemplateFiles): StatusPage => {
  try {
    const page = new StatusPage(templates);
    for (const incidents of [[], [SAMPLE]]) {
      page.html(incidents, { name: 'Sample', base: 'http://localhost' });
      page.html(incidents, { name: 'Sample', base: 'http://localhost' }, 'checkout');
    }
    return page;
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  HINDSIGHT_TEMPLATES_DIR: ${(error as Error).message}`);
  }
};
