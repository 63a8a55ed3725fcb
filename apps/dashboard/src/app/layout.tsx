import { AppShell, Badge, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterLink, Outlet } from 'react-router';
import { useCaller } from '../features/auth/api/get-me';
import { NoticesBell } from '../features/my-work/notices-bell';
import { useLiveUpdates } from '../lib/live-updates';
import { chooseZone, type ZoneChoice, useZoneChoice } from '../lib/time-zone';

const LIVE_LABELS = { live: ['teal.9', 'Live'], connecting: ['gray.7', 'Connecting'], offline: ['orange.9', 'Reconnecting'] } as const;

const PAGES = [
  { to: '/', label: 'Postmortems', end: true },
  { to: '/action-items', label: 'Action items', end: false },
  { to: '/trends', label: 'Trends', end: false },
];

/**
 * The frame of every page: who is signed in, whether live updates flow, and the navigation,
 * beside the page on a wide screen and behind a menu button on a phone or a tablet held upright
 * (below 992 px, where the page needs the width more).
 */
export const Layout = ({ onSignOut }: { onSignOut: () => void }) => {
  const { me } = useCaller();
  const live = useLiveUpdates();
  const [color, text] = LIVE_LABELS[live];
  const [menuOpen, menu] = useDisclosure(false);
  const zone = useZoneChoice();
  const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'md', collapsed: { mobile: !menuOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="md" size="sm" aria-label={menuOpen ? 'Close the menu' : 'Open the menu'} aria-expanded={menuOpen} />
            <Title order={2} size="h3">
              Hindsight
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Badge color={color} variant="filled" autoContrast aria-live="polite">
              {text}
            </Badge>
            <Text size="sm" visibleFrom="md">
              Signed in as <strong>{me?.subject}</strong> ({me?.roles.join(', ')})
            </Text>
            <NoticesBell />
            {/* On a phone the header has no room for it: it is in the menu, with who is signed in. */}
            <Button size="xs" variant="default" onClick={onSignOut} title={`Signed in as ${me?.subject ?? ''}`} visibleFrom="sm">
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {PAGES.map((page) => (
          // On a phone the menu covers the page: choosing a page closes it.
          <NavLink key={page.to} component={RouterLink} to={page.to} end={page.end} label={page.label} onClick={menu.close} />
        ))}
        <Stack gap={4} p="xs" mt="auto">
          <Text size="xs" id="times-label">
            Times shown in
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="times-label"
            value={zone}
            onChange={(value) => chooseZone(value as ZoneChoice)}
            data={[
              { value: 'local', label: 'My zone' },
              { value: 'UTC', label: 'UTC' },
            ]}
          />
          <Text size="xs" c="dimmed">
            {zone === 'UTC' ? 'Coordinated Universal Time' : ownZone}
          </Text>
        </Stack>
        <Text size="xs" c="dimmed" hiddenFrom="md" p="xs">
          Signed in as <strong>{me?.subject}</strong> ({me?.roles.join(', ')})
        </Text>
        <Button size="xs" variant="default" onClick={onSignOut} hiddenFrom="sm" mx="xs" mb="xs">
          Sign out
        </Button>
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Times fill forms in the zone chosen: a page starts again in the new zone rather than mix two. */}
        <Outlet key={zone} />
      </AppShell.Main>
    </AppShell>
  );
};
