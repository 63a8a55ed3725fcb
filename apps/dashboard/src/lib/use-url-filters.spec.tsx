import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { useUrlFilters } from './use-url-filters';

const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={['/trends?page=3']}>{children}</MemoryRouter>;

describe('Filters in the address', () => {
  it('given two edits before the page renders again, keeps both', () => {
    const { result } = renderHook(() => useUrlFilters(), { wrapper });
    act(() => {
      result.current.set('from', '2026-06-01');
      result.current.set('to', '2026-01-01');
    });
    expect([result.current.value('from'), result.current.value('to')]).toEqual(['2026-06-01', '2026-01-01']);
  });

  it('goes back to the first page when a filter changes, and clears them all', () => {
    const { result } = renderHook(() => useUrlFilters(), { wrapper });
    act(() => result.current.setMany({ sort: 'due', order: 'desc' }));
    expect([result.current.value('page'), result.current.value('sort'), result.current.value('order')]).toEqual(['', 'due', 'desc']);
    act(() => result.current.clear());
    expect(result.current.value('sort')).toBe('');
  });
});
