import { Table, type TableProps } from '@mantine/core';

/** A table that scrolls sideways inside itself when the screen is narrower than it, never the page. */
export const ScrollTable = ({ minWidth = 640, ...props }: TableProps & { minWidth?: number }) => (
  <Table.ScrollContainer minWidth={minWidth} type="native">
    <Table {...props} />
  </Table.ScrollContainer>
);
