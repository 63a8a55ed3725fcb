import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { TimelineSection } from './timeline-section';

describe('The timeline section', () => {
  it('adds an entry with the revision it was based on, converting the local time to UTC', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    const dialog = screen.getByRole('dialog', { name: 'Add timeline entry' });
    await user.clear(within(dialog).getByLabelText(/When/));
    await user.type(within(dialog).getByLabelText(/When/), '2026-03-14T09:30');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'action');
    await user.type(within(dialog).getByLabelText(/What happened/), 'Pool size raised to 200');
    await user.click(within(dialog).getByLabelText('Checkout p99'));
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.commands()).toEqual([
      {
        method: 'POST',
        path: '/api/postmortems/r-1/timeline',
        headers: expect.objectContaining({ 'if-match': '"5"' }),
        body: { at: new Date('2026-03-14T09:30').toISOString().replace('.000', ''), kind: 'action', description: 'Pool size raised to 200', evidenceIds: ['e-1'] },
      },
    ]);
  });

  it('refuses an empty description with the shared schema, next to the field, and sends nothing', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    const dialog = screen.getByRole('dialog', { name: 'Add timeline entry' });
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));
    expect(within(dialog).getByLabelText(/What happened/)).toHaveAccessibleDescription('must not be empty');
    expect(api.commands()).toEqual([]);
  });

  it("shows the server's field errors next to their fields", async () => {
    const api = fakeApi();
    api.answer(400, { type: 'about:blank', title: 'Invalid request', status: 400, detail: 'at: too early', errors: [{ field: 'at', reason: 'must not be before the incident began' }] });
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    const dialog = screen.getByRole('dialog', { name: 'Add timeline entry' });
    await user.type(within(dialog).getByLabelText(/What happened/), 'Something');
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/When/)).toHaveAccessibleDescription('must not be before the incident began'));
  });

  it('sends only the changed fields when an entry is revised', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Edit entry: Latency alert fires' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit timeline entry' });
    await user.type(within(dialog).getByLabelText(/What happened/), ' at 2 s p99');
    await user.click(within(dialog).getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(api.commands()).toHaveLength(1));
    expect(api.commands()[0]).toMatchObject({ method: 'PATCH', path: '/api/postmortems/r-1/timeline/t-1', body: { description: 'Latency alert fires at 2 s p99' } });
  });

  it('on a conflict, asks the user, and re-applies on top of the current revision', async () => {
    const api = fakeApi();
    api.answer(409, {
      type: 'about:blank', title: 'Conflict', status: 409, detail: 'changed', currentRevision: 8,
      conflicts: [{ revision: 7, type: 'TimelineEntryRevised', actor: 'bob@shop.example', timestamp: '2026-03-14T10:00:00Z' }],
    });
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Edit entry: Latency alert fires' }));
    await user.type(within(screen.getByRole('dialog', { name: 'Edit timeline entry' })).getByLabelText(/What happened/), '!');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    expect(conflict).toHaveTextContent('bob@shop.example — timeline entry revised at revision 7');
    await user.click(within(conflict).getByRole('button', { name: 'Apply my change' }));
    await waitFor(() => expect(api.commands()).toHaveLength(2));
    expect(api.commands().map((c) => c.headers['if-match'])).toEqual(['"5"', '"8"']);
  });

  it('removes an entry only after a second, explicit click', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<TimelineSection report={draftReport()} editable />);
    await user.click(screen.getByRole('button', { name: 'Remove entry: Latency alert fires' }));
    expect(api.commands()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Confirm removing entry: Latency alert fires' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ method: 'DELETE', path: '/api/postmortems/r-1/timeline/t-1' }]));
  });

  it('offers no editing on a read-only report', () => {
    renderScreen(<TimelineSection report={draftReport()} editable={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
