import { screen } from '@testing-library/react';
import { fakeApi } from '../../testing/fake-api';
import { renderScreen } from '../../testing/render';
import { NoticesBell } from './notices-bell';

const notices = [
  { kind: 'assignment', reportId: 'r-1', reportTitle: 'Checkout outage', text: 'Train responders on runbooks', at: '2026-03-17T09:00:00.000Z' },
  { kind: 'communication', reportId: 'r-1', reportTitle: 'Checkout outage', text: 'Review: checkout outage', at: '2026-03-16T14:00:00.000Z' },
];

describe('The notices bell', () => {
  beforeEach(() => localStorage.clear());

  it('counts what is new since the person last looked, lists it, and counts nothing once seen', async () => {
    fakeApi({
      '/api/me/notices': { position: null, notices },
      '/api/me/work': { overdueItems: [{ reportId: 'r-1', id: 'a-1', title: 'Canary releases', dueDate: '2026-03-15', overdue: true }], dueSoonItems: [], reviewsWaiting: [], staleDrafts: [], pastDueCommunications: [], position: null },
    });
    const { user } = renderScreen(<NoticesBell />);
    await user.click(await screen.findByRole('button', { name: 'Notices: 2 new' }));
    expect(await screen.findByRole('list', { name: 'Due soon' })).toHaveTextContent('Canary releases overdue 2026-03-15');
    const list = await screen.findByRole('list', { name: 'Notices' });
    expect(list).toHaveTextContent('Assigned to you');
    expect(list).toHaveTextContent('Train responders on runbooks');
    expect(list).toHaveTextContent('Sent to you');
    expect(screen.getByRole('link', { name: 'Review: checkout outage' })).toHaveAttribute('href', '/reports/r-1');
    expect(await screen.findByRole('button', { name: 'Notices' })).toBeInTheDocument();
  });
});
