import { useSearchParams } from 'react-router';

/**
 * The filters and page of a list, kept in the address: a filtered list can be bookmarked, shared and reloaded,
 * and the back button undoes a search.
 */
export const useListParams = <K extends string>(keys: readonly K[]) => {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const apply = (next: Partial<Record<K, string>>) => {
    const search = new URLSearchParams();
    for (const key of keys) {
      const value = (next[key] ?? '').trim();
      if (value) search.set(key, value);
    }
    setParams(search);
  };
  return { filters, page, apply };
};
