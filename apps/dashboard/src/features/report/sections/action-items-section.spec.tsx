import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { ActionItemsSection } from './action-items-section';

describe('The action items section', () => {
  it('proposes a specific, measurable, owned, dated item and explains its priority before it is sent', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<ActionItemsSection report={draftReport()} editable canFollowUp />);
    await user.click(screen.getByRole('button', { name: 'Propose action item' }));
    const dialog = screen.getByRole('dialog', { name: 'Propose an action item' });
    await user.type(within(dialog).getByLabelText(/Title/), 'Size the checkout pool from load tests');
    await user.type(within(dialog).getByLabelText(/What will be done/), 'Run a load test at 3× peak and set the pool from it');
    await user.type(within(dialog).getByLabelText(/Success criteria/), 'p99 under 500 ms at 3× peak');
    await user.type(within(dialog).getByLabelText('Due date'), '2026-04-30');
    await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), 'dana@shop.example');
    await user.selectOptions(within(dialog).getByLabelText('How often'), 'frequent');
    await user.selectOptions(within(dialog).getByLabelText('Effort'), 'small');
    expect(dialog).toHaveTextContent('P0, score 27: severity SEV2 (×3) × frequency frequent (×3) × 3 ÷ effort small (÷1).');
    await user.click(within(dialog).getByLabelText(/Capacity exhaustion/));
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0]).toMatchObject({
      method: 'POST',
      path: '/api/postmortems/r-1/action-items',
      body: {
        title: 'Size the checkout pool from load tests',
        dueDate: '2026-04-30',
        owner: { kind: 'person', name: 'dana@shop.example' },
        causeIds: ['c-1'],
        priority: { severity: 'SEV2', frequency: 'frequent', effort: 'small' },
      },
    });
  });

  it('refuses an item without success criteria', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<ActionItemsSection report={draftReport()} editable canFollowUp />);
    await user.click(screen.getByRole('button', { name: 'Propose action item' }));
    const dialog = screen.getByRole('dialog', { name: 'Propose an action item' });
    await user.type(within(dialog).getByLabelText(/Title/), 'Something');
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));
    expect(within(dialog).getByLabelText(/Success criteria/)).toHaveAccessibleDescription('must not be empty');
    expect(api.commands()).toEqual([]);
  });
});
