import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { CommunicationsSection } from './communications-section';

describe('The communications section', () => {
  it('adds a regulator as a stakeholder', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a stakeholder' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Payments regulator');
    await user.selectOptions(within(dialog).getByLabelText('Group'), 'regulator');
    await user.selectOptions(within(dialog).getByLabelText('Preferred channel'), 'regulatory_report');
    await user.click(within(dialog).getByRole('button', { name: 'Add stakeholder' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/stakeholders', body: { name: 'Payments regulator', group: 'regulator', channel: 'regulatory_report' } }]));
  });

  it('plans a communication to chosen stakeholders, and needs at least one', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Plan communication' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan a communication' });
    await user.type(within(dialog).getByLabelText(/Summary/), 'What happened and what we changed');
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));
    expect(dialog).toHaveTextContent('must address at least one stakeholder');
    await user.click(within(dialog).getByLabelText('Support (Internal)'));
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/communications', body: { stakeholderIds: ['s-1'], channel: 'email', summary: 'What happened and what we changed' } }]));
  });
});
