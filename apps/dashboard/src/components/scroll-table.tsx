import { Table, type TableProps } from '@mantine/core';

/**
 * A table that scrolls sideways inside itself when the screen is narrower than it, never the page.
 * A table with nothing focusable in it (`readOnly`) makes its scrolling box a focusable region,
 * so it can still be scrolled from the keyboard.
 */
export const ScrollTable = ({ minWidth = 640, readOnly = false, ...props }: TableProps & { minWidth?: number; readOnly?: boolean }) => (
  <Table.ScrollContainer minWidth={minWidth} type="native" {...(readOnly ? { tabIndex: 0, role: 'region', 'aria-label': props['aria-label'] } : {})}>
    <Table {...props} />
  </Table.ScrollContainer>
);
