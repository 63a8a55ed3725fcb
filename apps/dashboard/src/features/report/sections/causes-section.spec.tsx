import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { CausesSection } from './causes-section';

describe('The causes section', () => {
  it('shows causes under their level with their links', () => {
    renderScreen(<CausesSection report={draftReport()} editable />);
    const causal = screen.getByRole('region', { name: 'Causal factors' });
    expect(causal).toHaveTextContent('Capacity exhaustion');
    expect(causal).toHaveTextContent('Linked: Checkout p99');
    expect(screen.getByRole('region', { name: 'Systemic issues' })).toHaveTextContent('None.');
  });

  it('offers only the categories of the chosen level, and identifies a systemic issue', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<CausesSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add causal factors' }));
    const dialog = screen.getByRole('dialog', { name: 'Identify a cause' });
    await user.selectOptions(within(dialog).getByLabelText('Level'), 'systemic_issue');
    const categories = within(within(dialog).getByLabelText('Category')).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(categories).toEqual(['communication', 'documentation', 'training', 'tooling', 'staffing', 'culture']);
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'tooling');
    await user.type(within(dialog).getByLabelText(/Description/), 'No load test before sales');
    await user.click(within(dialog).getByRole('button', { name: 'Add cause' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0].body).toEqual({ level: 'systemic_issue', category: 'tooling', description: 'No load test before sales', evidenceIds: [], timelineEntryIds: [] });
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
