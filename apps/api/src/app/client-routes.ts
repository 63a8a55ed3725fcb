/**
 * The dashboard routes in the browser (/reports/42, /trends…): a reload or a shared link asks
 * the server for such a path. Everything that is not the API and not a file gets the
 * dashboard's index.html, and the dashboard shows the page.
 */
export const isClientRoute = (method: string | undefined, url: string): boolean => {
  const path = url.split('?')[0];
  return (method === 'GET' || method === 'HEAD') && path !== '/' && !isApiPath(path) && path !== '/metrics' && !path.startsWith('/.well-known/') && path !== '/status' && !path.startsWith('/status/') && !/\.[A-Za-z0-9]+$/.test(path);
};

/** Whether a request URL addresses the API (everything under /api). */
export const isApiPath = (url: string): boolean => {
  const path = url.split('?')[0];
  return path === '/api' || path.startsWith('/api/');
};

/** Fastify's `rewriteUrl`: client routes become "/", where the static files answer with index.html. */
export const rewriteClientRoutes = (request: { method?: string; url?: string }): string =>
  isClientRoute(request.method, request.url ?? '/') ? '/' : (request.url ?? '/');
