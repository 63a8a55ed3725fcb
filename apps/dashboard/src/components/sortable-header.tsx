import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUrlFilters } from '../lib/use-url-filters';

interface Props {
  sort: string;
  children: string;
  /** The direction the column lists in when first chosen (dates newest first, names A to Z). */
  natural?: 'asc' | 'desc';
  /** The list's order when no sort is asked for. */
  isDefault?: boolean;
}

/**
 * A column heading that sorts the list by its column, kept in the address as `sort` and
 * `order`: the first click sorts in the column's natural direction, the next turns it.
 */
export const SortableHeader = ({ sort, children, natural = 'asc', isDefault = false }: Props): ReactNode => {
  const { value, setMany } = useUrlFilters();
  const active = value('sort') === sort || (isDefault && value('sort') === '');
  const direction = active ? value('order') || natural : undefined;
  const choose = () => {
    const next = active && direction === natural ? (natural === 'asc' ? 'desc' : 'asc') : natural;
    setMany({ sort: isDefault ? '' : sort, order: next === natural ? '' : next });
  };
  return (
    <Table.Th aria-sort={direction === undefined ? 'none' : direction === 'asc' ? 'ascending' : 'descending'}>
      <UnstyledButton onClick={choose} fw={700} fz="sm">
        {children}
        {direction === undefined ? '' : direction === 'asc' ? ' ↑' : ' ↓'}
      </UnstyledButton>
    </Table.Th>
  );
};
