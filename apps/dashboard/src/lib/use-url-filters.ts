import { useSearchParams } from 'react-router';

/**
 * Filters kept in the page's address, so a filtered view can be shared or reloaded:
 * `value(name)` reads one ('' when unset), `set(name, value)` changes it ('' removes it).
 * Changing any filter but the page number goes back to the first page.
 */
export const useUrlFilters = () => {
  const [params, setParams] = useSearchParams();
  const value = (name: string): string => params.get(name) ?? '';
  const set = (name: string, next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(name, next);
        else updated.delete(name);
        if (name !== 'page') updated.delete('page');
        return updated;
      },
      { replace: true },
    );
  /** Several at once (one history entry), going back to the first page. */
  const setMany = (values: Record<string, string>) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [name, next] of Object.entries(values)) {
          if (next) updated.set(name, next);
          else updated.delete(name);
        }
        updated.delete('page');
        return updated;
      },
      { replace: true },
    );
  return { value, set, setMany, clear: () => setParams(new URLSearchParams(), { replace: true }) };
};
