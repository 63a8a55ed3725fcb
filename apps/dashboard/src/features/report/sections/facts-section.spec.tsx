import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { FactsSection } from './facts-section';

describe('The incident facts section', () => {
  it('revises only what the user changed, and clears a time with null', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<FactsSection report={draftReport()} editable />);
    await user.clear(screen.getByLabelText(/Title/));
    await user.type(screen.getByLabelText(/Title/), 'Checkout slow during the sale');
    await user.selectOptions(screen.getByLabelText('Severity'), 'SEV1');
    await user.clear(screen.getByLabelText('Detected at'));
    await user.click(screen.getByRole('button', { name: 'Save facts' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0]).toMatchObject({
      method: 'PATCH',
      path: '/api/postmortems/r-1/facts',
      headers: { 'if-match': '"5"' },
      body: { title: 'Checkout slow during the sale', severity: 'SEV1', detectedAt: null },
    });
  });

  it('validates services with the shared schema', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<FactsSection report={draftReport()} editable />);
    await user.clear(screen.getByRole('combobox', { name: /Services/ }));
    await user.click(screen.getByRole('button', { name: 'Save facts' }));
    expect(screen.getByRole('combobox', { name: /Services/ })).toHaveAccessibleDescription(/must name at least one service/);
    expect(api.commands()).toEqual([]);
  });

  it('shows a newer revision from someone else while the user is not typing', () => {
    const report = draftReport();
    const { rerender } = renderScreen(<FactsSection report={report} editable />);
    expect(screen.getByLabelText(/Title/)).toHaveValue('Checkout slow during the spring sale');
    rerender(<FactsSection report={{ ...report, revision: 6, facts: { ...report.facts, title: 'Renamed by Alice' } }} editable />);
    return waitFor(() => expect(screen.getByLabelText(/Title/)).toHaveValue('Renamed by Alice'));
  });

  it('is read-only when the analysis is closed', () => {
    renderScreen(<FactsSection report={draftReport()} editable={false} />);
    expect(screen.getByLabelText(/Title/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save facts' })).toBeNull();
  });
});
