import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { CausesSection } from './causes-section';

/** The organisation's own taxonomy, as GET /api/taxonomy answers it. */
const taxonomy = {
  categories: [
    { id: 'software_bug', levels: ['causal_factor'] },
    { id: 'external_trigger', levels: ['causal_factor', 'contributing_cause'] },
    { id: 'tooling', levels: ['systemic_issue'] },
    { id: 'documentation', levels: ['systemic_issue'] },
  ],
};

describe('The causes section', () => {
  it('shows causes under their level with their links', () => {
    renderScreen(<CausesSection report={draftReport()} editable />);
    const causal = screen.getByRole('region', { name: 'Causal factors' });
    expect(causal).toHaveTextContent('Capacity exhaustion');
    expect(causal).toHaveTextContent('Linked: Checkout p99');
    expect(screen.getByRole('region', { name: 'Systemic issues' })).toHaveTextContent('None.');
  });

  it("offers the organisation's categories of the chosen level, and identifies a systemic issue", async () => {
    const api = fakeApi({ '/api/taxonomy': taxonomy });
    const { user } = renderScreen(<CausesSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add causal factors' }));
    const dialog = screen.getByRole('dialog', { name: 'Identify a cause' });
    await user.selectOptions(within(dialog).getByLabelText('Level'), 'systemic_issue');
    const categories = within(within(dialog).getByLabelText('Category')).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(categories).toEqual(['tooling', 'documentation']);
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'tooling');
    await user.type(within(dialog).getByLabelText(/Description/), 'No load test before sales');
    await user.click(within(dialog).getByRole('button', { name: 'Add cause' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0].body).toEqual({ level: 'systemic_issue', category: 'tooling', description: 'No load test before sales', evidenceIds: [], timelineEntryIds: [] });
  });

  it('keeps the category of a cause recorded under an earlier taxonomy when it is edited', async () => {
    const api = fakeApi({ '/api/taxonomy': taxonomy });
    const { user } = renderScreen(<CausesSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Edit cause: Connection pool exhausted' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit cause' });
    expect(within(dialog).getByLabelText('Category')).toHaveValue('capacity_exhaustion');
    const categories = within(within(dialog).getByLabelText('Category')).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(categories).toEqual(['capacity_exhaustion', 'software_bug', 'external_trigger']);
    await user.type(within(dialog).getByLabelText(/Description/), ' under the sale');
    await user.click(within(dialog).getByRole('button', { name: 'Save cause' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0].body).toEqual({ description: 'Connection pool exhausted under the sale' });
  });

  it('retracts a cause with a reason', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CausesSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Retract cause: Connection pool exhausted' }));
    const dialog = screen.getByRole('dialog', { name: 'Retract' });
    await user.type(within(dialog).getByLabelText(/Reason/), 'The pool was fine; the database was slow');
    await user.click(within(dialog).getByRole('button', { name: 'Retract' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/causes/c-1/retract', body: { reason: 'The pool was fine; the database was slow' } }]));
  });
});
