import type { Problem } from '@hindsight/contracts';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '../../../testing/render';
import { ConflictDialog } from './conflict-dialog';

const conflict: Problem = {
  type: 'https://hindsight.dev/problems/conflict',
  title: 'Conflict',
  status: 409,
  detail: 'The timeline entry changed since revision 5',
  currentRevision: 7,
  conflicts: [{ revision: 6, type: 'TimelineEntryRevised', actor: 'alice@shop.example', timestamp: '2026-03-14T10:00:00Z', reason: 'Fixed the time' }],
};

describe('The conflict dialog', () => {
  it('says who changed what meanwhile, at which revision and why', () => {
    renderScreen(<ConflictDialog problem={conflict} action="revise the timeline entry" onChoose={jest.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Someone else changed this' });
    expect(within(dialog).getByText(/You tried to revise the timeline entry/)).toHaveTextContent('it is now at revision 7');
    const change = within(within(dialog).getByRole('list', { name: 'Changes made meanwhile' })).getByRole('listitem');
    expect(change).toHaveTextContent('alice@shop.example — timeline entry revised at revision 6');
    expect(change).toHaveTextContent('“Fixed the time”');
  });

  it.each([
    ['Apply my change', { kind: 'apply', decisions: {} }],
    ['Discard my change', { kind: 'discard' }],
  ])('answers "%s" with %j', async (button, choice) => {
    const onChoose = jest.fn();
    const { user } = renderScreen(<ConflictDialog problem={conflict} action="revise the timeline entry" onChoose={onChoose} />);
    await user.click(screen.getByRole('button', { name: button }));
    expect(onChoose).toHaveBeenCalledWith(choice);
  });

  it('treats Escape as discarding, from the keyboard alone', async () => {
    const onChoose = jest.fn();
    const { user } = renderScreen(<ConflictDialog problem={conflict} action="revise the timeline entry" onChoose={onChoose} />);
    await user.keyboard('{Escape}');
    expect(onChoose).toHaveBeenCalledWith({ kind: 'discard' });
  });

  it('lets the user settle each field both changed, and keeps theirs where the user did not choose', async () => {
    const onChoose = jest.fn();
    const merge = {
      versions: [
        { field: 'summary', base: 'A query', theirs: 'Their text', mine: 'My text', conflicting: true },
        { field: 'title', base: 'Slow', theirs: 'Slow', mine: 'Very slow', conflicting: false },
        { field: 'team', base: 'a', theirs: 'b', mine: 'c', conflicting: true },
      ],
      label: (field: string) => field.toUpperCase(),
      show: (_field: string, value: unknown) => String(value),
    };
    const { user } = renderScreen(<ConflictDialog problem={conflict} action="revise the facts" merge={merge} onChoose={onChoose} />);
    expect(screen.getByRole('group', { name: 'TITLE' })).toHaveTextContent('Only you changed this: your value is kept.');
    await user.click(within(screen.getByRole('group', { name: 'SUMMARY' })).getByRole('radio', { name: 'Yours' }));
    await user.click(screen.getByRole('button', { name: 'Save the merge' }));
    expect(onChoose).toHaveBeenCalledWith({ kind: 'apply', decisions: { summary: 'My text', team: 'b' } });
  });

  it('shows nothing without a conflict', () => {
    renderScreen(<ConflictDialog problem={null} action="" onChoose={jest.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
