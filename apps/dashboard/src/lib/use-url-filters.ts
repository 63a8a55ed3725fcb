import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the page's address, so a filtered view can be shared or reloaded:
 * `value(name)` reads one ('' when unset), `set(name, value)` changes it ('' removes it).
 * Changing any filter but the page number goes back to the first page.
 */
export const useUrlFilters = () => {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  latest.current = params;
  const value = (name: string): string => params.get(name) ?? '';
  /**
   * Each change starts from the last one made, not from what this render saw: react-router
   * hands an updater the render's parameters, so two quick edits (one field, then the next,
   * before the page renders again) would otherwise lose the first.
   */
  const change = (edit: (updated: URLSearchParams) => void) => {
    const updated = new URLSearchParams(latest.current);
    edit(updated);
    latest.current = updated;
    setParams(updated, { replace: true });
  };
  const put = (updated: URLSearchParams, name: string, next: string) => (next ? updated.set(name, next) : updated.delete(name));
  const set = (name: string, next: string) =>
    change((updated) => {
      put(updated, name, next);
      if (name !== 'page') updated.delete('page');
    });
  /** Several at once (one history entry), going back to the first page. */
  const setMany = (values: Record<string, string>) =>
    change((updated) => {
      for (const [name, next] of Object.entries(values)) put(updated, name, next);
      updated.delete('page');
    });
  return { value, set, setMany, clear: () => setParams(new URLSearchParams(), { replace: true }) };
};
