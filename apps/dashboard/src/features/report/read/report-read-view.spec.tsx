import { screen, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { ReportReadView } from './report-read-view';

const report = () => {
  const r = draftReport();
  const item = { title: '', description: '', successCriteria: 'p99 under 1 s', type: 'prevent' as const, causeIds: [], priority: { severity: 'SEV2' as const, frequency: 'occasional' as const, effort: 'medium' as const } };
  return {
    ...r,
    executiveSummary: 'Checkout was **slow** for an hour.\n\n- the pool is bigger now',
    facts: { ...r.facts, mitigatedAt: '2026-03-14T10:03:00Z', resolvedAt: '2026-03-14T11:38:00Z' },
    actionItems: [
      { ...item, id: 'a-1', title: 'Closed P0', status: 'done' as const, priority: { ...item.priority, severity: 'SEV1' as const, frequency: 'frequent' as const, effort: 'small' as const } },
      { ...item, id: 'a-2', title: 'Open item', status: 'open' as const },
    ],
  };
};

describe('The read view of a report', () => {
  beforeEach(() => fakeApi());

  it('renders the executive summary as Markdown, not as raw text', () => {
    renderScreen(<ReportReadView report={report()} />);
    const summary = screen.getByRole('region', { name: 'Executive summary' });
    expect(within(summary).getByText('slow').tagName).toBe('STRONG');
    expect(within(summary).getByRole('listitem')).toHaveTextContent('the pool is bigger now');
    expect(summary).not.toHaveTextContent('**');
  });

  it('shows the key durations computed from the facts', () => {
    renderScreen(<ReportReadView report={report()} />);
    const durations = screen.getByRole('list', { name: 'Key durations' });
    expect(within(durations).getByRole('listitem', { name: 'Time to detect: 12 min' })).toBeInTheDocument();
    expect(within(durations).getByRole('listitem', { name: 'Time to mitigate: 1 h 3 min' })).toBeInTheDocument();
    expect(within(durations).getByRole('listitem', { name: 'Time to resolve: 2 h 38 min' })).toBeInTheDocument();
    expect(within(durations).getByRole('listitem', { name: 'Review took: —' })).toBeInTheDocument();
  });

  it('shows each cause with the evidence it rests on, linked', () => {
    renderScreen(<ReportReadView report={report()} />);
    const causes = screen.getByRole('list', { name: 'Causal factors' });
    expect(within(causes).getByText('Connection pool exhausted')).toBeInTheDocument();
    expect(within(causes).getByRole('link', { name: 'Checkout p99' })).toHaveAttribute('href', 'https://metrics.example.com/p99');
  });

  it('lists open action items before closed ones, whatever their priority', () => {
    renderScreen(<ReportReadView report={report()} />);
    const items = within(screen.getByRole('list', { name: 'Action items' })).getAllByRole('listitem');
    expect(items.map((i) => within(i).getAllByText(/Open item|Closed P0/)[0].textContent)).toEqual(['Open item', 'Closed P0']);
  });

  it('names the time zone of the timeline', () => {
    renderScreen(<ReportReadView report={report()} />);
    expect(screen.getByRole('heading', { name: /^Timeline \(times in .+\)$/ })).toBeInTheDocument();
  });
});
