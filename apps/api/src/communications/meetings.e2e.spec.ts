import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

describe('The review meeting of the e-commerce report, over HTTP', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('records the meeting\'s notes and decisions, and an action item assigned in it names the meeting in the history', async () => {
    const run = await runEcommerceSale(api.send, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });
    const alice = api.as('alice@shop.example', ['editor'], ['commerce-platform']);
    const report = `/api/postmortems/${run.postmortemId}`;
    const meeting = run.communications.meeting;
    const notes = { notes: 'Support will watch checkout latency during the next sale.', decisions: ['Canary releases before every sale', 'Carol owns the runbook training'] };
    expect((await alice('POST', `${report}/communications/${meeting}/notes`, notes)).status).toBe(200);
    const assigned = await alice('POST', `${report}/action-items/${run.actionItems.training}/assign`, { owner: { kind: 'person', name: 'carol@shop.example' }, meetingId: meeting });
    expect(assigned.status).toBe(200);

    const document = (await alice('GET', report)).body;
    expect(document.communications.find((c: { id: string }) => c.id === meeting).notes).toEqual(notes);
    expect(document.actionItems.find((i: { id: string }) => i.id === run.actionItems.training).assignedInMeeting).toBe(meeting);
    const history = (await alice('GET', `${report}/history?limit=200`)).body.entries.map((e: { summary: string }) => e.summary);
    expect(history).toEqual(expect.arrayContaining([expect.stringMatching(/recorded the notes of the meeting .* \(2 decisions\)/), expect.stringMatching(/assigned the action item .* to carol@shop.example in the meeting 'Incident review with support and sales/)]));

    // Carol hears of it: the assignment is among her notices, newest first.
    const carol = api.as('carol@shop.example', ['editor'], ['commerce-platform']);
    const { body: inbox } = await carol('GET', `/api/me/notices?minPosition=${assigned.body.position}`);
    expect(inbox.notices[0]).toMatchObject({ kind: 'assignment', reportId: run.postmortemId, text: 'Train responders on database incident runbooks' });

    const wrong = await alice('POST', `${report}/communications/${run.communications.email}/notes`, notes);
    expect([wrong.status, wrong.body.rule]).toEqual([422, 'not_a_meeting']);
  });
});
