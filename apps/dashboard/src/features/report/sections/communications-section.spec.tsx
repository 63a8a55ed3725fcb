import { screen, waitFor, within } from '@testing-library/react';
import { formatInstant } from '../../../lib/dates';
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

  it('gives a stakeholder the addresses dispatched communications reach', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a stakeholder' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Customers');
    await user.type(within(dialog).getByLabelText(/Email/), 'not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Add stakeholder' }));
    expect(dialog).toHaveTextContent('must be an email address');
    await user.clear(within(dialog).getByLabelText(/Email/));
    await user.type(within(dialog).getByLabelText(/Email/), 'customers@shop.example');
    await user.type(within(dialog).getByLabelText(/Webhook endpoint/), 'status-relay');
    await user.click(within(dialog).getByRole('button', { name: 'Add stakeholder' }));
    await waitFor(() =>
      expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/stakeholders', body: { name: 'Customers', email: 'customers@shop.example', webhook: 'status-relay' } }]),
    );
  });

  it('sends a planned communication to its stakeholders\' addresses, with the subject and text as they will go out', async () => {
    const api = fakeApi();
    const report = {
      ...draftReport(),
      stakeholders: [{ id: 's-1', name: 'Support', group: 'internal' as const, channel: 'email' as const, email: 'support@shop.example', webhook: 'ops' }],
      communications: [{ id: 'c-1', stakeholderIds: ['s-1'], channel: 'email' as const, summary: 'Checkout failed for 40 minutes', status: 'planned' as const }],
    };
    const { user } = renderScreen(<CommunicationsSection report={report} editable />);
    await user.click(screen.getByRole('button', { name: 'Send: Checkout failed for 40 minutes' }));
    const dialog = screen.getByRole('dialog', { name: 'Send communication' });
    expect(dialog).toHaveTextContent('Support: support@shop.example');
    expect(dialog).toHaveTextContent('Support: webhook ops');
    await user.clear(within(dialog).getByLabelText(/Subject/));
    await user.type(within(dialog).getByLabelText(/Subject/), 'Checkout outage on 15 March');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(api.commands()).toMatchObject([
        { path: '/api/postmortems/r-1/communications/c-1/dispatch', body: { subject: 'Checkout outage on 15 March', body: 'Checkout failed for 40 minutes' } },
      ]),
    );
  });

  it('shows what became of each delivery of a dispatched communication', () => {
    const report = {
      ...draftReport(),
      communications: [
        {
          id: 'c-1',
          stakeholderIds: ['s-1'],
          channel: 'email' as const,
          summary: 'Checkout failed',
          status: 'sending' as const,
          message: { subject: 'Checkout outage', body: 'Checkout failed' },
          deliveries: [
            { id: 'c-1-1', stakeholderId: 's-1', transport: 'email' as const, to: 'support@shop.example', status: 'delivered' as const, attempts: 1, deliveredAt: '2026-03-15T10:00:00Z' },
            { id: 'c-1-2', stakeholderId: 's-1', transport: 'webhook' as const, to: 'ops', status: 'pending' as const, attempts: 1, lastError: 'HTTP 503', retryAt: '2026-03-15T10:00:30Z' },
          ],
        },
      ],
    };
    renderScreen(<CommunicationsSection report={report} editable />);
    const deliveries = screen.getByRole('list', { name: 'Deliveries' });
    expect(deliveries).toHaveTextContent(`support@shop.example delivered ${formatInstant('2026-03-15T10:00:00Z')}`);
    expect(deliveries).toHaveTextContent(`webhook ops retrying ${formatInstant('2026-03-15T10:00:30Z')} (HTTP 503)`);
    expect(screen.queryByRole('button', { name: /Send:/ })).not.toBeInTheDocument();
  });

  it('holds back what goes to customers until a reviewer approves it', async () => {
    const api = fakeApi();
    const report = {
      ...draftReport(),
      stakeholders: [{ id: 's-2', name: 'Shoppers', group: 'customer' as const, channel: 'email' as const, email: 'list@shop.example' }],
      communications: [{ id: 'c-1', stakeholderIds: ['s-2'], channel: 'email' as const, summary: 'Checkout was slow', status: 'planned' as const }],
    };
    const editorOnly = renderScreen(<CommunicationsSection report={report} editable />);
    expect(screen.getByText("Needs a reviewer's approval")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send: Checkout was slow' })).not.toBeInTheDocument();
    editorOnly.unmount();

    const { user } = renderScreen(<CommunicationsSection report={report} editable canReview />);
    await user.click(screen.getByRole('button', { name: 'Approve: Checkout was slow' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ method: 'POST', path: '/api/postmortems/r-1/communications/c-1/approve' }]));
    const approved = { ...report, communications: [{ ...report.communications[0], approved: true }] };
    renderScreen(<CommunicationsSection report={approved} editable />);
    expect(screen.getByRole('button', { name: 'Send: Checkout was slow' })).toBeInTheDocument();
  });

  it('starts a communication from a draft of the report', async () => {
    fakeApi({ '/api/postmortems/r-1/drafts/customer-notice': { draft: 'customer-notice', title: 'Customer notification', audience: 'external', subject: 's', text: 'Dear customer, checkout was slow.', position: null } });
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Plan communication' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan a communication' });
    await user.selectOptions(within(dialog).getByLabelText(/Start from a draft/), 'customer-notice');
    await waitFor(() => expect(within(dialog).getByLabelText(/Summary/)).toHaveValue('Dear customer, checkout was slow.'));
  });

  it('plans a review meeting with its length and place', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Plan communication' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan a communication' });
    await user.click(within(dialog).getByLabelText('Support (Internal)'));
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'internal_meeting');
    await user.type(within(dialog).getByLabelText(/Summary/), 'Incident review');
    await user.type(within(dialog).getByLabelText(/Length/), '45');
    await user.type(within(dialog).getByLabelText(/Place/), 'Room 4.12');
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ body: { channel: 'internal_meeting', meeting: { durationMinutes: 45, location: 'Room 4.12' } } }]));
  });

  it('records what a review meeting decided, one decision a line', async () => {
    const api = fakeApi();
    const report = { ...draftReport(), communications: [{ id: 'c-1', stakeholderIds: ['s-1'], channel: 'internal_meeting' as const, summary: 'Incident review', status: 'sent' as const, sentAt: '2026-03-16T14:05:00Z' }] };
    const { user } = renderScreen(<CommunicationsSection report={report} editable />);
    await user.click(screen.getByRole('button', { name: 'Meeting notes: Incident review' }));
    const dialog = screen.getByRole('dialog', { name: 'Meeting notes' });
    await user.type(within(dialog).getByLabelText(/^Notes/), 'Support watches the next sale');
    await user.type(within(dialog).getByLabelText(/Decisions/), 'Canary releases{enter}Carol owns the training');
    await user.click(within(dialog).getByRole('button', { name: 'Save notes' }));
    await waitFor(() =>
      expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/communications/c-1/notes', body: { notes: 'Support watches the next sale', decisions: ['Canary releases', 'Carol owns the training'] } }]),
    );
  });

  it('adds a stakeholder from the organisation\'s directory, channel and addresses filled in', async () => {
    const api = fakeApi({ '/api/stakeholder-directory': { stakeholders: [{ name: 'Management', group: 'internal', channel: 'email', email: 'leadership@shop.example' }] } });
    const { user } = renderScreen(<CommunicationsSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a stakeholder' });
    await user.selectOptions(await within(dialog).findByLabelText(/From the directory/), 'Management (Internal)');
    await user.click(within(dialog).getByRole('button', { name: 'Add stakeholder' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ body: { name: 'Management', group: 'internal', channel: 'email', email: 'leadership@shop.example' } }]));
  });
});
