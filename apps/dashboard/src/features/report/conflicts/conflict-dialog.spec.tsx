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
    ['Apply my change', 'reapply'],
    ['Discard my change', 'discard'],
  ])('answers "%s" with %s', async (button, choice) => {
    const onChoose = jest.fn();
    const { user } = renderScreen(<ConflictDialog problem={conflict} action="revise the timeline entry" onChoose={onChoose} />);
    await user.click(screen.getByRole('button', { name: button }));
    expect(onChoose).toHaveBeenCalledWith(choice);
  });

  it('treats Escape as discarding, from the keyboard alone', async () => {
    const onChoose = jest.fn();
    const { user } = renderScreen(<ConflictDialog problem={conflict} action="revise the timeline entry" onChoose={onChoose} />);
    await user.keyboard('{Escape}');
    expect(onChoose).toHaveBeenCalledWith('discard');
  });

  it('shows nothing without a conflict', () => {
    renderScreen(<ConflictDialog problem={null} action="" onChoose={jest.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
