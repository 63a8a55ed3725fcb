import { AppShell, Badge, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet } from 'react-router';
import { useCaller } from '../features/auth/api/get-me';
import { useLiveUpdates } from '../lib/live-updates';

const LIVE_LABELS = { live: ['teal.9', 'Live'], connecting: ['gray.7', 'Connecting'], offline: ['orange.9', 'Reconnecting'] } as const;

const PAGES = [
  { to: '/', label: 'Postmortems', end: true },
  { to: '/action-items', label: 'Action items', end: false },
  { to: '/trends', label: 'Trends', end: false },
];

/** The frame of every page: who is signed in, whether live updates flow, and the navigation. */
export const Layout = ({ onSignOut }: { onSignOut: () => void }) => {
  const { me } = useCaller();
  const live = useLiveUpdates();
  const [color, text] = LIVE_LABELS[live];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h3">
            Hindsight
          </Title>
          <Group gap="sm">
            <Badge color={color} variant="filled" autoContrast aria-live="polite">
              {text}
            </Badge>
            <Text size="sm">
              Signed in as <strong>{me?.subject}</strong> ({me?.roles.join(', ')})
            </Text>
            <Button size="xs" variant="default" onClick={onSignOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {PAGES.map((page) => (
          <NavLink key={page.to} component={RouterLink} to={page.to} end={page.end} label={page.label} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
