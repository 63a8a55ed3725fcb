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

  const conflictAt8 = {
    type: 'about:blank', title: 'Conflict', status: 409, detail: 'changed', currentRevision: 8,
    conflicts: [{ revision: 7, type: 'TimelineEntryRevised', actor: 'bob@shop.example', timestamp: '2026-03-14T10:00:00Z' }],
  };
  /** Bob's revision 8: he reworded the entry the user is editing. */
  const bobsRevision = () => {
    const report = draftReport();
    return { ...report, revision: 8, timeline: report.timeline.map((e) => (e.id === 't-1' ? { ...e, description: 'Latency alert fires (Bob)' } : e)) };
  };
  const editAndConflict = async () => {
    const api = fakeApi({ '/api/postmortems/r-1?asOf=8': bobsRevision() });
    api.answer(409, conflictAt8);
    const rendered = renderScreen(<TimelineSection report={draftReport()} editable />);
    await rendered.user.click(screen.getByRole('button', { name: 'Edit entry: Latency alert fires' }));
    await rendered.user.type(within(screen.getByRole('dialog', { name: 'Edit timeline entry' })).getByLabelText(/What happened/), '!');
    await rendered.user.click(screen.getByRole('button', { name: 'Save entry' }));
    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    return { api, conflict, ...rendered };
  };

  it('on a conflict, shows the field as it was, as they left it and as the user has it', async () => {
    const { conflict } = await editAndConflict();
    expect(conflict).toHaveTextContent('bob@shop.example — timeline entry revised at revision 7');
    const field = within(conflict).getByRole('group', { name: 'What happened' });
    expect(field).toHaveTextContent('BeforeLatency alert fires');
    expect(field).toHaveTextContent('TheirsLatency alert fires (Bob)');
    expect(field).toHaveTextContent('YoursLatency alert fires!');
  });

  it('keeps the user’s text when they choose it, sent on top of the revision the conflict named', async () => {
    const { api, conflict, user } = await editAndConflict();
    await user.click(within(conflict).getByRole('radio', { name: 'Yours' }));
    await user.click(within(conflict).getByRole('button', { name: 'Save the merge' }));
    await waitFor(() => expect(api.commands()).toHaveLength(2));
    expect(api.commands()[1]).toMatchObject({ headers: { 'if-match': '"8"' }, body: { description: 'Latency alert fires!' } });
  });

  it('sends a merge the user writes', async () => {
    const { api, conflict, user } = await editAndConflict();
    await user.click(within(conflict).getByRole('radio', { name: 'A merge I write' }));
    const merged = within(conflict).getByLabelText('Merged what happened');
    await user.clear(merged);
    await user.type(merged, 'Latency alert fires (merged)');
    await user.click(within(conflict).getByRole('button', { name: 'Save the merge' }));
    await waitFor(() => expect(api.commands()).toHaveLength(2));
    expect(api.commands()[1].body).toEqual({ description: 'Latency alert fires (merged)' });
  });

  it('on discard, shows their text and leaves nothing of the user’s for a later save to write', async () => {
    const { api, conflict, user } = await editAndConflict();
    await user.click(within(conflict).getByRole('button', { name: 'Discard my change' }));
    const form = screen.getByRole('dialog', { name: 'Edit timeline entry' });
    await waitFor(() => expect(within(form).getByLabelText(/What happened/)).toHaveValue('Latency alert fires (Bob)'));
    await user.click(within(form).getByRole('button', { name: 'Save entry' }));
    expect(api.commands()).toHaveLength(1);
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
