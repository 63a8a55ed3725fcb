import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../testing/fake-api';
import { draftReport } from '../../../testing/report-fixture';
import { renderScreen } from '../../../testing/render';
import { ReviewSection } from './review-section';

describe('The review section', () => {
  it('lets an editor submit a draft for review', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<ReviewSection report={draftReport()} canEdit canReview={false} />);
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/submit', body: {}, headers: { 'if-match': '"5"' } }]));
  });

  it('lets a reviewer approve with a reason, and not an editor', async () => {
    const api = fakeApi();
    const inReview = { ...draftReport(), status: 'in_review' as const };
    const { user, unmount } = renderScreen(<ReviewSection report={inReview} canEdit canReview={false} />);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    unmount();
    renderScreen(<ReviewSection report={inReview} canEdit={false} canReview />);
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(within(dialog).getByLabelText(/Reason/)).toHaveAccessibleDescription(/must not be empty/);
    await user.type(within(dialog).getByLabelText(/Reason/), 'Causes and actions are sound');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/approve', body: { reason: 'Causes and actions are sound' } }]));
  });

  it('publishes an approved report with a public summary', async () => {
    const api = fakeApi();
    const { user } = renderScreen(<ReviewSection report={{ ...draftReport(), status: 'approved' }} canEdit={false} canReview />);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish' });
    await user.type(within(dialog).getByLabelText(/Reason/), 'Reviewed by the incident board');
    await user.type(within(dialog).getByLabelText(/Public summary/), 'Checkout was slow for 40 minutes.');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(api.commands()).toMatchObject([{ path: '/api/postmortems/r-1/publish', body: { reason: 'Reviewed by the incident board', publicSummary: 'Checkout was slow for 40 minutes.' } }]));
  });
});
