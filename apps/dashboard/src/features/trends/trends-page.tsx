import '@mantine/charts/styles.css';
import type { Trends } from '@hindsight/contracts';
import { SEVERITIES } from '@hindsight/domain';
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { NamePicker } from '../../components/name-picker';
import { api, query } from '../../lib/api-client';
import { useUrlFilters } from '../../lib/use-url-filters';
import { ChartCard } from './chart-card';
import { RegulatoryCard } from './regulatory-card';
import { incidentsLink } from './incidents-link';
import { causeCategories, clipOutliers, detectAndResolve, detectionMethods, everyMonth, followThrough, incidentsBySeverity, resolveTimes } from './trends-data';

const SEVERITY_COLORS = { SEV1: 'red.8', SEV2: 'orange.6', SEV3: 'yellow.5', SEV4: 'gray.5' } as const;
/** Counts are whole: no 0.25 incidents on an axis. */
const COUNTS = { allowDecimals: false };
const DURATION_KEYS = ['MTTD median (h)', 'MTTR median (h)', 'MTTR p90 (h)', 'Signal before detection (h)'] as const;
const RESOLVE_SERIES = [
  { name: 'MTTR median (h)', color: 'teal.6' },
  { name: 'MTTR p90 (h)', color: 'gray.5' },
];
const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

const useTrends = (filters: Record<string, string>, groupBy: string, enabled: boolean) =>
  useQuery({ queryKey: ['trends', { ...filters, groupBy }], queryFn: () => api<Trends>(`/trends${query({ ...filters, groupBy })}`), placeholderData: keepPreviousData, enabled });

/** Trends across incidents: how many and how bad, how fast found and fixed, what keeps causing them, what gets done. */
export const TrendsPage = () => {
  const { value, set } = useUrlFilters();
  const [service] = useDebouncedValue(value('service'), 300);
  const [team] = useDebouncedValue(value('team'), 300);
  const filters = { from: value('from'), to: value('to'), service, team, severity: value('severity') };
  // An empty or inverted range is refused here, in words, before anything is asked.
  const rangeError = filters.from && filters.to && filters.from >= filters.to ? `“To” (${filters.to}) must be after “From” (${filters.from}).` : undefined;
  const enabled = !rangeError;
  const trends = useTrends(filters, 'month', enabled);
  const detection = detectionMethods(useTrends(filters, 'detection', enabled).data?.groups ?? []);
  const byService = resolveTimes(useTrends(filters, 'service', enabled).data?.groups ?? []);
  const byTeam = resolveTimes(useTrends(filters, 'team', enabled).data?.groups ?? []);
  const { months: groups, leftOut } = everyMonth(trends.data?.groups ?? [], { from: filters.from, to: filters.to });
  const bySeverity = incidentsBySeverity(groups);
  const durations = detectAndResolve(groups);
  const { drawn, cap, clipped } = clipOutliers(durations, DURATION_KEYS);
  const causes = causeCategories(groups);
  const items = followThrough(groups);
  const incidents = groups.reduce((sum, g) => sum + g.incidents, 0);
  const navigate = useNavigate();
  const open = (groupBy: 'month' | 'service' | 'team', key: unknown) => {
    if (typeof key === 'string' && key !== '') void navigate(incidentsLink(filters, groupBy, key));
  };
  /** Bars that open the list of their incidents when clicked. */
  const openingBars = (groupBy: 'month' | 'service' | 'team', dataKey: string) => ({
    cursor: 'pointer',
    onClick: (bar: { payload?: Record<string, unknown> }) => open(groupBy, bar.payload?.[dataKey]),
  });
  /** A line chart whose points open the month under the pointer. */
  const openingPoints = {
    style: { cursor: 'pointer' },
    onClick: (state: { activeLabel?: string | number } | null) => open('month', state?.activeLabel === undefined ? undefined : String(state.activeLabel)),
  };
  return (
    <Stack>
      <Title order={1}>Trends</Title>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} role="search" aria-label="Filter trends">
        <TextInput type="date" label="From" value={value('from')} onChange={(e) => set('from', e.currentTarget.value)} />
        <TextInput type="date" label="To" value={value('to')} onChange={(e) => set('to', e.currentTarget.value)} />
        <NamePicker kind="service" label="Service" value={value('service')} onChange={(typed) => set('service', typed)} />
        <NamePicker kind="team" label="Team" value={value('team')} onChange={(typed) => set('team', typed)} />
        <NativeSelect label="Severity" data={[{ value: '', label: 'Any' }, ...SEVERITIES]} value={value('severity')} onChange={(e) => set('severity', e.currentTarget.value)} />
      </SimpleGrid>
      {rangeError && (
        <Alert color="red" title="That range is empty" role="alert">
          {rangeError}
        </Alert>
      )}
      {trends.isError && !rangeError && <Alert color="red" title="Trends could not be read">{trends.error.message}</Alert>}
      {!rangeError && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {trends.isPending ? 'Loading…' : `${plural(incidents, 'incident')} in ${plural(groups.length, 'month')}`}
          {leftOut.length > 0 && ` · ${plural(leftOut.reduce((n, g) => n + g.incidents, 0), 'incident')} dated before ${groups[0]?.key ?? 'the range'} left out of the monthly charts: their dates look wrong (${leftOut.map((g) => g.key).join(', ')})`}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        Click a bar or a point to list its incidents.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard title="Incidents per month by severity" rows={bySeverity} file="incidents-by-severity.csv">
          <BarChart h={260} data={bySeverity} dataKey="month" type="stacked" barProps={openingBars('month', 'month')} yAxisProps={COUNTS} series={SEVERITIES.map((s) => ({ name: s, color: SEVERITY_COLORS[s] }))} withLegend />
        </ChartCard>
        <ChartCard title="Time to detect and resolve" rows={durations} file="mttd-mttr.csv">
          <LineChart
            h={260}
            data={drawn}
            dataKey="month"
            lineChartProps={openingPoints}
            unit=" h"
            connectNulls
            withLegend
            series={[
              { name: 'MTTD median (h)', color: 'blue.6' },
              { name: 'MTTR median (h)', color: 'teal.6' },
              { name: 'MTTR p90 (h)', color: 'gray.6', strokeDasharray: '5 5' },
              { name: 'Signal before detection (h)', color: 'orange.6', strokeDasharray: '2 4' },
            ]}
          />
          {clipped.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              Drawn at most {cap} h so one outlier does not flatten the rest: {clipped.map((c) => `${c.key.replace(' (h)', '')} ${c.row.month} is ${c.value.toLocaleString()} h`).join('; ')}.
            </Text>
          )}
        </ChartCard>
        <ChartCard title="Time to resolve by service" rows={byService} file="mttr-by-service.csv">
          <BarChart h={280} data={byService} dataKey="key" barProps={openingBars('service', 'key')} orientation="vertical" yAxisProps={{ width: 130, interval: 0 }} series={RESOLVE_SERIES} withLegend />
        </ChartCard>
        <ChartCard title="Time to resolve by team" rows={byTeam} file="mttr-by-team.csv">
          <BarChart h={280} data={byTeam} dataKey="key" barProps={openingBars('team', 'key')} orientation="vertical" yAxisProps={{ width: 130, interval: 0 }} series={RESOLVE_SERIES} withLegend />
        </ChartCard>
        <ChartCard title="Most frequent cause categories" rows={causes} file="cause-categories.csv">
          <BarChart h={300} data={causes} dataKey="category" orientation="vertical" xAxisProps={COUNTS} yAxisProps={{ width: 150, interval: 0 }} series={[{ name: 'incidents', color: 'grape.6' }]} />
          <Text size="xs" c="dimmed" mt="xs">
            Recurring (in two incidents or more): {causes.filter((c) => c.recurring === 'yes').map((c) => c.category).join(', ') || 'none'}
          </Text>
        </ChartCard>
        <ChartCard title="How incidents were detected" rows={detection} file="detection-methods.csv">
          <BarChart h={260} data={detection} dataKey="method" yAxisProps={COUNTS} series={[{ name: 'incidents', color: 'indigo.6' }]} />
        </ChartCard>
        <ChartCard title="Action-item follow-through" rows={items} file="action-items.csv">
          <BarChart
            h={260}
            data={items}
            dataKey="month"
            barProps={openingBars('month', 'month')}
            withLegend
            yAxisProps={COUNTS}
            series={[
              { name: 'created', color: 'gray.5' },
              { name: 'completed', color: 'teal.6' },
              { name: 'overdue', color: 'red.7' },
            ]}
          />
        </ChartCard>
        <RegulatoryCard />
      </SimpleGrid>
    </Stack>
  );
};
