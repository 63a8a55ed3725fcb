import type { MyWork, Notices } from '@hindsight/contracts';
import { Anchor, Button, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api-client';
import { formatInstant } from '../../lib/dates';

const SEEN_KEY = 'hindsight.notices.seen';
const WHAT = { communication: 'Sent to you', assignment: 'Assigned to you' } as const;

/** Their action items due soon or overdue, then what was sent to them and what was assigned to them; those since they last looked are counted. */
export const NoticesBell = () => {
  const notices = useQuery({ queryKey: ['notices'], queryFn: () => api<Notices>('/me/notices'), refetchInterval: 60_000 }).data?.notices ?? [];
  const work = useQuery({ queryKey: ['my-work'], queryFn: () => api<MyWork>('/me/work') }).data;
  const due = [...(work?.overdueItems ?? []), ...(work?.dueSoonItems ?? [])];
  const [seen, setSeen] = useState(() => localStorage.getItem(SEEN_KEY) ?? '');
  const unread = notices.filter((n) => n.at > seen).length;
  const markSeen = () => {
    const newest = notices[0]?.at;
    if (!newest) return;
    localStorage.setItem(SEEN_KEY, newest);
    setSeen(newest);
  };
  return (
    // The button itself is the popover's target: it, not a wrapper, carries the popup's ARIA state.
    <Indicator label={unread} size={16} disabled={unread === 0} color="red.9">
      <Popover width={320} position="bottom-end" shadow="md" onOpen={markSeen}>
        <Popover.Target>
          <Button size="xs" variant="default" aria-label={unread > 0 ? `Notices: ${unread} new` : 'Notices'}>
            Notices
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          {due.length > 0 && (
            <Stack gap={4} mb="sm" role="list" aria-label="Due soon">
              {due.map((item) => (
                <Text key={`${item.reportId}/${item.id}`} size="sm" role="listitem">
                  <Anchor component={Link} to={`/reports/${item.reportId}`} size="sm">
                    {item.title}
                  </Anchor>{' '}
                  <Text span size="xs" c={item.overdue ? 'red.8' : 'dimmed'}>
                    {item.overdue ? 'overdue' : 'due'} {item.dueDate}
                  </Text>
                </Text>
              ))}
            </Stack>
          )}
          {notices.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing for you yet.
            </Text>
          ) : (
            <Stack gap="xs" role="list" aria-label="Notices">
              {notices.map((n) => (
                <div key={`${n.kind}/${n.reportId}/${n.at}/${n.text}`} role="listitem">
                  <Text size="xs" c="dimmed">
                    {WHAT[n.kind]} · {formatInstant(n.at)}
                  </Text>
                  <Anchor component={Link} to={`/reports/${n.reportId}`} size="sm">
                    {n.text}
                  </Anchor>
                  <Text size="xs">{n.reportTitle}</Text>
                </div>
              ))}
            </Stack>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
};
