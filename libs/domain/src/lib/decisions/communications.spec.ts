import { communication, drafted, readyForReview, stakeholder } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const withStakeholder = [drafted(), { type: 'StakeholderAdded' as const, data: stakeholder() }];
const planned = [...withStakeholder, { type: 'CommunicationPlanned' as const, data: communication() }];
const sent = [...planned, { type: 'CommunicationSent' as const, data: { communicationId: 'cm-1', sentAt: '2026-03-15T10:00:00Z' } }];

describe('Stakeholders', () => {
  it('adds a stakeholder with a preferred channel', () =>
    given(drafted())
      .when({ type: 'AddStakeholder', data: stakeholder() })
      .then({ type: 'StakeholderAdded', data: stakeholder() }));

  it('refuses a duplicate id', () =>
    given(...withStakeholder).when({ type: 'AddStakeholder', data: stakeholder() }).thenRefuses('duplicate_id'));

  it('revises a stakeholder', () =>
    given(...withStakeholder)
      .when({ type: 'ReviseStakeholder', data: { stakeholderId: 'st-1', changes: { channel: 'email' } } })
      .then({ type: 'StakeholderRevised', data: { stakeholderId: 'st-1', changes: { channel: 'email' } } }));

  it('removes a stakeholder nobody was told anything', () =>
    given(...withStakeholder)
      .when({ type: 'RemoveStakeholder', data: { stakeholderId: 'st-1' } })
      .then({ type: 'StakeholderRemoved', data: { stakeholderId: 'st-1' } }));

  it('refuses to remove a stakeholder a communication addresses', () =>
    given(...planned)
      .when({ type: 'RemoveStakeholder', data: { stakeholderId: 'st-1' } })
      .thenRefuses('still_referenced', /cm-1/));
});

describe('Communications', () => {
  it('plans a communication to known stakeholders', () =>
    given(...withStakeholder)
      .when({ type: 'PlanCommunication', data: communication() })
      .then({ type: 'CommunicationPlanned', data: communication() }));

  it('refuses unknown stakeholders', () =>
    given(drafted())
      .when({ type: 'PlanCommunication', data: communication({ stakeholderIds: ['st-404'] }) })
      .thenRefuses('unknown_link'));

  it('revises a planned communication', () =>
    given(...planned)
      .when({ type: 'ReviseCommunication', data: { communicationId: 'cm-1', changes: { summary: 'New text' } } })
      .then({ type: 'CommunicationRevised', data: { communicationId: 'cm-1', changes: { summary: 'New text' } } }));

  it('records that a communication was sent', () =>
    given(...planned)
      .when({ type: 'RecordCommunicationSent', data: { communicationId: 'cm-1', sentAt: '2026-03-15T10:00:00Z' } })
      .then({ type: 'CommunicationSent', data: { communicationId: 'cm-1', sentAt: '2026-03-15T10:00:00Z' } }));

  it('cancels a planned communication', () =>
    given(...planned)
      .when({ type: 'CancelCommunication', data: { communicationId: 'cm-1', reason: 'Covered by the status page' } })
      .then({ type: 'CommunicationCancelled', data: { communicationId: 'cm-1', reason: 'Covered by the status page' } }));

  it.each([
    ['revised', { type: 'ReviseCommunication' as const, data: { communicationId: 'cm-1', changes: { summary: 'x' } } }],
    ['sent again', { type: 'RecordCommunicationSent' as const, data: { communicationId: 'cm-1', sentAt: '2026-03-16T10:00:00Z' } }],
    ['cancelled', { type: 'CancelCommunication' as const, data: { communicationId: 'cm-1', reason: 'x' } }],
  ])('refuses a sent communication being %s', (_, command) =>
    given(...sent).when(command).thenRefuses('communication_sent'));

  it('goes on after publication', () =>
    given(
      ...readyForReview,
      { type: 'ReviewRequested', data: {} },
      { type: 'ReportApproved', data: {} },
      { type: 'PostmortemPublished', data: {} },
      { type: 'StakeholderAdded', data: stakeholder() },
    )
      .when({ type: 'PlanCommunication', data: communication({ channel: 'regulatory_report' }) })
      .then({ type: 'CommunicationPlanned', data: communication({ channel: 'regulatory_report' }) }));
});

describe('Approving what goes outside', () => {
  const customers = stakeholder({ id: 'st-2', name: 'Customers', group: 'customer', channel: 'status_page' });
  const notice = [drafted(), { type: 'StakeholderAdded' as const, data: customers }, { type: 'CommunicationPlanned' as const, data: communication({ stakeholderIds: ['st-2'], channel: 'status_page' }) }];
  const sent = { type: 'RecordCommunicationSent' as const, data: { communicationId: 'cm-1', sentAt: '2026-03-15T10:00:00Z' } };

  it('refuses to record a customer notice as sent before a reviewer approved it', () => given(...notice).when(sent).thenRefuses('approval_required'));

  it('records the approval, once, and then the sending', () => {
    given(...notice).when({ type: 'ApproveCommunication', data: { communicationId: 'cm-1' } }).then({ type: 'CommunicationApproved', data: { communicationId: 'cm-1' } });
    const approved = [...notice, { type: 'CommunicationApproved' as const, data: { communicationId: 'cm-1' } }];
    given(...approved).when({ type: 'ApproveCommunication', data: { communicationId: 'cm-1' } }).thenNothingHappens();
    given(...approved).when(sent).then({ type: 'CommunicationSent', data: sent.data });
  });

  it('needs no approval for what stays inside', () => given(...planned).when(sent).then({ type: 'CommunicationSent', data: sent.data }));
});
