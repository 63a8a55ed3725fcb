import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi';
import type { Send } from './http-client';
import { routeMatcher } from './route-templates';

/**
 * A scenario's Send through the generated client: each concrete path is matched to its route
 * template in the document (`/api/postmortems/{id}/causes`) and sent with its path parameters,
 * so a call the document does not describe fails instead of reaching the API.
 */
export const generatedClientSend = (client: Client<paths>, templates: string[]): Send => {
  const routeOf = routeMatcher(templates);
  return async (method, url, body, headers = {}) => {
    const [path, query] = url.split('?');
    const route = routeOf(path);
    if (!route) throw new Error(`${method} ${path} is not a route of the OpenAPI document`);
    const pathParams = Object.fromEntries(Object.entries(route.params).map(([name, value]) => [name, decodeURIComponent(value)]));
    const params = { path: pathParams, query: Object.fromEntries(new URLSearchParams(query)) };
    // The template is only known at run time here; the typed calls are in generated-client.e2e.spec.ts.
    const request = client.request as unknown as (m: string, u: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await request(method.toLowerCase(), route.template, { params, body, headers });
    return { status: response.status, body: data ?? error, headers: Object.fromEntries(response.headers.entries()) };
  };
};
