import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above the 4.5:1 contrast WCAG AA asks for.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // A badge is a word or two: never cut to "IN RE…" by a narrow table column.
    Badge: Badge.extend({ styles: { root: { overflow: 'visible', minWidth: 'max-content' }, label: { overflow: 'visible' } } }),
  },
});

/** Secondary ("dimmed") text one shade darker than Mantine's default, which is below AA contrast on white. */
export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
