import { screen, waitFor, within } from '@testing-library/react';
import { formatInstant } from '../../../lib/dates';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { CommunicationsSection } from './communications-section';

const regimes = {
  regimes: [
    { id: 'eu-dora', name: 'EU DORA', source: 'RTS 2025/301', stages: [{ id: 'initial', name: 'Initial notification' }, { id: 'intermediate', name: 'Intermediate report' }] },
    { id: 'eu-gdpr', name: 'EU GDPR', source: 'Art. 33', stages: [{ id: 'notification', name: 'Notification' }] },
  ],
};
const report = { ...draftReport(), facts: { ...draftReport().facts, regimes: ['eu-dora'] } };
const deadlines = {
  position: report.position,
  asOf: '2026-03-20T00:00:00.000Z',
  regimes: [
    {
      regime: 'eu-dora',
      name: 'EU DORA',
      source: 'RTS 2025/301',
      calendar: { country: 'DE', timeZone: 'Europe/Berlin' },
      stages: [
        { stage: 'initial', name: 'Initial notification', status: 'met', dueAt: '2026-03-16T11:00:00.000Z', filedAt: '2026-03-16T09:30:00.000Z', basis: '4 hours after classification as major' },
        { stage: 'intermediate', name: 'Intermediate report', status: 'overdue', dueAt: '2026-03-19T09:30:00.000Z', basis: '72 hours after the initial filing' },
      ],
    },
  ],
};
const reads = { '/api/regimes': regimes, [`/api/postmortems/r-1/deadlines?minPosition=${report.position}`]: deadlines };

describe('The regulatory reporting panel', () => {
  it('shows each deadline with its status and why it falls then', async () => {
    fakeApi(reads);
    renderScreen(<CommunicationsSection report={report} editable />);
    const table = await screen.findByRole('table', { name: 'Regulatory deadlines' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `Initial notificationEU DORA${formatInstant('2026-03-16T11:00:00.000Z')}Metfiled ${formatInstant('2026-03-16T09:30:00.000Z')}4 hours after classification as major`,
      `Intermediate reportEU DORA${formatInstant('2026-03-19T09:30:00.000Z')}Overdue72 hours after the initial filing`,
    ]);
  });

  it('records the regimes and the moments their clocks count from', async () => {
    const api = fakeApi(reads);
    const { user } = renderScreen(<CommunicationsSection report={report} editable />);
    const form = screen.getByRole('form', { name: 'Regulatory reporting' });
    await user.click(await within(form).findByLabelText('EU GDPR'));
    await user.type(within(form).getByLabelText(/Became aware at/), '2026-03-13T21:00');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.commands()).toMatchObject([{ method: 'PATCH', path: '/api/postmortems/r-1/facts', body: { regimes: ['eu-dora', 'eu-gdpr'], becameAwareAt: expect.stringMatching(/^2026-03-13T/) } }]),
    );
  });

  it('lets a regulatory report name the filing it is', async () => {
    const api = fakeApi(reads);
    const { user } = renderScreen(<CommunicationsSection report={report} editable />);
    await user.click(screen.getByRole('button', { name: 'Plan communication' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan a communication' });
    await user.click(within(dialog).getByLabelText('Support (Internal)'));
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'regulatory_report');
    await user.type(within(dialog).getByLabelText(/Summary/), 'Initial notification to BaFin');
    await user.selectOptions(await within(dialog).findByLabelText(/Files/), 'eu-dora/initial');
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/communications', body: { channel: 'regulatory_report', filing: { regime: 'eu-dora', stage: 'initial' } } }]));
  });
});
