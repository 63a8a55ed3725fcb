export interface MatchedRoute {
  /** The document's template, e.g. `/api/postmortems/{id}/causes`. */
  template: string;
  /** The path parameters, by name, as they appear in the concrete path (still encoded). */
  params: Record<string, string>;
}

/**
 * Matches concrete paths to the route templates of an OpenAPI document: `/api/postmortems/{id}`
 * matches any id. The most exact template wins, so `/postmortems/{id}/export/history.csv` is not
 * read as `/postmortems/{id}/export/{file}`.
 */
export const routeMatcher = (templates: readonly string[]) => {
  const routes = templates.map((template) => ({
    template,
    names: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
    pattern: new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  }));
  return (path: string): MatchedRoute | undefined => {
    const route = routes.filter((r) => r.pattern.test(path)).sort((a, b) => a.names.length - b.names.length)[0];
    if (!route) return undefined;
    const values = route.pattern.exec(path)?.slice(1) ?? [];
    return { template: route.template, params: Object.fromEntries(route.names.map((name, i) => [name, values[i]])) };
  };
};
