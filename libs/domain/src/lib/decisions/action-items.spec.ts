import type { PostmortemEvent } from '../events';
import { cause, drafted, item, owned, readyForReview } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const proposed = (overrides = {}): PostmortemEvent => ({ type: 'ActionItemProposed', data: item(overrides) });
const withCause: PostmortemEvent[] = [drafted(), { type: 'CauseIdentified', data: cause() }];
const published: PostmortemEvent[] = [
  ...readyForReview,
  proposed({ ...owned, causeIds: ['c-1'] }),
  { type: 'ReviewRequested', data: {} },
  { type: 'ReportApproved', data: {} },
  { type: 'PostmortemPublished', data: {} },
];

describe('Proposing action items', () => {
  it('proposes an item addressing a cause', () =>
    given(...withCause)
      .when({ type: 'ProposeActionItem', data: item({ causeIds: ['c-1'] }) })
      .then(proposed({ causeIds: ['c-1'] })));

  it("takes the incident's severity when none is given", () =>
    given(drafted({ severity: 'SEV1' }))
      .when({ type: 'ProposeActionItem', data: { ...item(), priority: { frequency: 'frequent', effort: 'large' } } })
      .then(proposed({ priority: { severity: 'SEV1', frequency: 'frequent', effort: 'large' } })));

  it('refuses an item addressing a cause that does not exist', () =>
    given(drafted())
      .when({ type: 'ProposeActionItem', data: item({ causeIds: ['c-404'] }) })
      .thenRefuses('unknown_link', /c-404/));

  it('refuses a duplicate id', () =>
    given(drafted(), proposed()).when({ type: 'ProposeActionItem', data: item() }).thenRefuses('duplicate_id'));

  it('refuses new items once the report is published', () =>
    given(...published).when({ type: 'ProposeActionItem', data: item({ id: 'ai-2' }) }).thenRefuses('report_read_only'));
});

describe('Revising action items', () => {
  it('revises the measurable parts', () =>
    given(drafted(), proposed())
      .when({ type: 'ReviseActionItem', data: { actionItemId: 'ai-1', changes: { successCriteria: 'p99 < 40 ms' } } })
      .then({ type: 'ActionItemRevised', data: { actionItemId: 'ai-1', changes: { successCriteria: 'p99 < 40 ms' } } }));

  it('refuses to clear the due date of work in progress', () =>
    given(drafted(), proposed(owned), { type: 'ActionItemStatusChanged', data: { actionItemId: 'ai-1', from: 'open', to: 'in_progress' } })
      .when({ type: 'ReviseActionItem', data: { actionItemId: 'ai-1', changes: { dueDate: null } } })
      .thenRefuses('owner_and_due_date_required'));

  it('refuses links to causes that do not exist', () =>
    given(drafted(), proposed())
      .when({ type: 'ReviseActionItem', data: { actionItemId: 'ai-1', changes: { causeIds: ['c-9'] } } })
      .thenRefuses('unknown_link'));

  it('refuses an item that does not exist', () =>
    given(drafted())
      .when({ type: 'ReviseActionItem', data: { actionItemId: 'ai-1', changes: { title: 'x' } } })
      .thenNotFound('Action item'));
});

describe('Following action items through', () => {
  it('assigns an owner', () =>
    given(drafted(), proposed())
      .when({ type: 'AssignActionItem', data: { actionItemId: 'ai-1', owner: { kind: 'team', name: 'dba' } } })
      .then({ type: 'ActionItemAssigned', data: { actionItemId: 'ai-1', owner: { kind: 'team', name: 'dba' } } }));

  it('records nothing when the owner is already the same', () =>
    given(drafted(), proposed(owned))
      .when({ type: 'AssignActionItem', data: { actionItemId: 'ai-1', owner: owned.owner } })
      .thenNothingHappens());

  it('starts work on an owned, scheduled item', () =>
    given(drafted(), proposed(owned))
      .when({ type: 'ChangeActionItemStatus', data: { actionItemId: 'ai-1', status: 'in_progress' } })
      .then({ type: 'ActionItemStatusChanged', data: { actionItemId: 'ai-1', from: 'open', to: 'in_progress' } }));

  it('refuses to start work without an owner', () =>
    given(drafted(), proposed({ dueDate: '2026-04-01' }))
      .when({ type: 'ChangeActionItemStatus', data: { actionItemId: 'ai-1', status: 'in_progress' } })
      .thenRefuses('owner_and_due_date_required', /an owner/));

  it('refuses to start work without a due date', () =>
    given(drafted(), proposed({ owner: owned.owner }))
      .when({ type: 'ChangeActionItemStatus', data: { actionItemId: 'ai-1', status: 'in_progress' } })
      .thenRefuses('owner_and_due_date_required', /a due date/));

  it('completes an item with a verification note', () =>
    given(drafted(), proposed(owned))
      .when({ type: 'CompleteActionItem', data: { actionItemId: 'ai-1', verificationNote: 'Load test: p99 31 ms' } })
      .then({ type: 'ActionItemCompleted', data: { actionItemId: 'ai-1', verificationNote: 'Load test: p99 31 ms' } }));

  it('refuses to complete an unowned item', () =>
    given(drafted(), proposed())
      .when({ type: 'CompleteActionItem', data: { actionItemId: 'ai-1', verificationNote: 'done' } })
      .thenRefuses('owner_and_due_date_required'));

  it("marks an item won't do with the reason", () =>
    given(drafted(), proposed())
      .when({ type: 'DeclineActionItem', data: { actionItemId: 'ai-1', reason: 'Service is being retired' } })
      .then({ type: 'ActionItemDeclined', data: { actionItemId: 'ai-1', reason: 'Service is being retired' } }));

  it('refuses to complete an item that is already done', () =>
    given(drafted(), proposed(owned), { type: 'ActionItemCompleted', data: { actionItemId: 'ai-1', verificationNote: 'ok' } })
      .when({ type: 'CompleteActionItem', data: { actionItemId: 'ai-1', verificationNote: 'again' } })
      .thenRefuses('action_item_closed'));

  it("refuses to decline an item that is already won't do", () =>
    given(drafted(), proposed(), { type: 'ActionItemDeclined', data: { actionItemId: 'ai-1', reason: 'x' } })
      .when({ type: 'DeclineActionItem', data: { actionItemId: 'ai-1', reason: 'y' } })
      .thenRefuses('action_item_closed'));

  it('reopens a done item', () =>
    given(drafted(), proposed(owned), { type: 'ActionItemCompleted', data: { actionItemId: 'ai-1', verificationNote: 'ok' } })
      .when({ type: 'ChangeActionItemStatus', data: { actionItemId: 'ai-1', status: 'open' } })
      .then({ type: 'ActionItemStatusChanged', data: { actionItemId: 'ai-1', from: 'done', to: 'open' } }));

  it('keeps following items through after publication', () =>
    given(...published)
      .when({ type: 'CompleteActionItem', data: { actionItemId: 'ai-1', verificationNote: 'Shipped' } })
      .then({ type: 'ActionItemCompleted', data: { actionItemId: 'ai-1', verificationNote: 'Shipped' } }));
});
