import '@mantine/charts/styles.css';
import type { Trends } from '@hindsight/contracts';
import { SEVERITIES } from '@hindsight/domain';
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../lib/api-client';
import { useUrlFilters } from '../../lib/use-url-filters';
import { ChartCard } from './chart-card';
import { causeCategories, detectAndResolve, detectionMethods, followThrough, incidentsBySeverity } from './trends-data';

const SEVERITY_COLORS = { SEV1: 'red.8', SEV2: 'orange.6', SEV3: 'yellow.5', SEV4: 'gray.5' } as const;

/** Trends across incidents: how many and how bad, how fast found and fixed, what keeps causing them, what gets done. */
export const TrendsPage = () => {
  const { value, set } = useUrlFilters();
  const [service] = useDebouncedValue(value('service'), 300);
  const [team] = useDebouncedValue(value('team'), 300);
  const filters = { from: value('from'), to: value('to'), service, team, severity: value('severity'), groupBy: 'month' };
  const trends = useQuery({ queryKey: ['trends', filters], queryFn: () => api<Trends>(`/trends${query(filters)}`), placeholderData: keepPreviousData });
  const byDetection = useQuery({
    queryKey: ['trends', { ...filters, groupBy: 'detection' }],
    queryFn: () => api<Trends>(`/trends${query({ ...filters, groupBy: 'detection' })}`),
    placeholderData: keepPreviousData,
  });
  const detection = detectionMethods(byDetection.data?.groups ?? []);
  const groups = trends.data?.groups ?? [];
  const bySeverity = incidentsBySeverity(groups);
  const durations = detectAndResolve(groups);
  const causes = causeCategories(groups);
  const items = followThrough(groups);
  const incidents = groups.reduce((sum, g) => sum + g.incidents, 0);
  return (
    <Stack>
      <Title order={1}>Trends</Title>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} role="search" aria-label="Filter trends">
        <TextInput type="date" label="From" value={value('from')} onChange={(e) => set('from', e.currentTarget.value)} />
        <TextInput type="date" label="To" value={value('to')} onChange={(e) => set('to', e.currentTarget.value)} />
        <TextInput label="Service" value={value('service')} onChange={(e) => set('service', e.currentTarget.value)} />
        <TextInput label="Team" value={value('team')} onChange={(e) => set('team', e.currentTarget.value)} />
        <NativeSelect label="Severity" data={[{ value: '', label: 'Any' }, ...SEVERITIES]} value={value('severity')} onChange={(e) => set('severity', e.currentTarget.value)} />
      </SimpleGrid>
      {trends.isError && <Alert color="red" title="Trends could not be read">{trends.error.message}</Alert>}
      <Text size="sm" c="dimmed" aria-live="polite">
        {trends.isPending ? 'Loading…' : `${incidents.toLocaleString()} incidents in ${groups.length} months`}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard title="Incidents per month by severity" rows={bySeverity} file="incidents-by-severity.csv">
          <BarChart h={260} data={bySeverity} dataKey="month" type="stacked" series={SEVERITIES.map((s) => ({ name: s, color: SEVERITY_COLORS[s] }))} withLegend />
        </ChartCard>
        <ChartCard title="Time to detect and resolve" rows={durations} file="mttd-mttr.csv">
          <LineChart
            h={260}
            data={durations}
            dataKey="month"
            unit=" h"
            connectNulls
            withLegend
            series={[
              { name: 'MTTD median (h)', color: 'blue.6' },
              { name: 'MTTR median (h)', color: 'teal.6' },
              { name: 'MTTR p90 (h)', color: 'gray.6', strokeDasharray: '5 5' },
            ]}
          />
        </ChartCard>
        <ChartCard title="Most frequent cause categories" rows={causes} file="cause-categories.csv">
          <BarChart h={300} data={causes} dataKey="category" orientation="vertical" yAxisProps={{ width: 150, interval: 0 }} series={[{ name: 'incidents', color: 'grape.6' }]} />
          <Text size="xs" c="dimmed" mt="xs">
            Recurring (in two incidents or more): {causes.filter((c) => c.recurring === 'yes').map((c) => c.category).join(', ') || 'none'}
          </Text>
        </ChartCard>
        <ChartCard title="How incidents were detected" rows={detection} file="detection-methods.csv">
          <BarChart h={260} data={detection} dataKey="method" series={[{ name: 'incidents', color: 'indigo.6' }]} />
        </ChartCard>
        <ChartCard title="Action-item follow-through" rows={items} file="action-items.csv">
          <BarChart
            h={260}
            data={items}
            dataKey="month"
            withLegend
            series={[
              { name: 'created', color: 'gray.5' },
              { name: 'completed', color: 'teal.6' },
              { name: 'overdue', color: 'red.7' },
            ]}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
};
