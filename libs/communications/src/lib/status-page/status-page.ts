import { Feed } from 'feed';
import Handlebars from 'handlebars';
import type { TemplateFiles } from '../templates/template-files';
import { type PublicIncident, servicesOf } from './public-incident';

export interface StatusPageOptions {
  /** The organisation's name, shown as the page's heading. */
  name: string;
  /** Where this server is reached from outside, without a trailing slash. */
  base: string;
}

const feedsOf = (base: string) => ({ atom: `${base}/status/feed.atom`, json: `${base}/status/feed.json` });

/** The public status page, its per-service history and its feeds: built only from published public summaries. */
export class StatusPage {
  constructor(private readonly templates: TemplateFiles) {
    templates.partial('styles');
  }

  html(incidents: readonly PublicIncident[], { name, base }: StatusPageOptions, service?: string): string {
    const shown = service ? incidents.filter((i) => i.services.some((s) => s.name === service)) : incidents;
    return this.templates.render('status-page', {
      heading: service ? `${name} status: ${service}` : `${name} status`,
      service: service ?? false,
      home: `${base}/status`,
      feeds: feedsOf(base),
      services: servicesOf(incidents),
      incidents: shown,
    });
  }

  atom(incidents: readonly PublicIncident[], options: StatusPageOptions): string {
    return this.feed(incidents, options).atom1();
  }

  json(incidents: readonly PublicIncident[], options: StatusPageOptions): string {
    return this.feed(incidents, options).json1();
  }

  private feed(incidents: readonly PublicIncident[], { name, base }: StatusPageOptions): Feed {
    const feed = new Feed({
      id: `${base}/status`,
      title: `${name} status`,
      description: `Incidents of ${name}'s services, as published after their review`,
      link: `${base}/status`,
      feedLinks: feedsOf(base),
      author: { name },
      updated: new Date(incidents.map((i) => i.updatedAt).sort().at(-1) ?? 0),
      copyright: name,
      generator: false,
    });
    for (const incident of incidents) {
      feed.addItem({
        id: `urn:uuid:${incident.id}`,
        title: incident.title,
        link: incident.url,
        date: new Date(incident.updatedAt),
        published: new Date(incident.firstPublishedAt),
        description: incident.paragraphs[0] ?? '',
        // Feed readers render content as HTML: the summary's text, escaped, in paragraphs.
        content: incident.paragraphs.map((p) => `<p>${Handlebars.escapeExpression(p)}</p>`).join('\n'),
        category: incident.services.map((s) => ({ name: s.name, term: s.name })),
        author: [{ name }],
      });
    }
    return feed;
  }
}
