import type { TaxonomyBody } from '@hindsight/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The organisation's cause categories; they change only when the server is reconfigured. */
export const useTaxonomy = () => useQuery({ queryKey: ['taxonomy'], queryFn: () => api<TaxonomyBody>('/taxonomy'), staleTime: Infinity }).data;
