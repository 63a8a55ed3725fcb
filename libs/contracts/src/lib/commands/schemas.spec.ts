import fc from 'fast-check';
import { draftPostmortemBody, reviseIncidentFactsBody } from './report';
import { identifyCauseBody } from './causes';
import { attachEvidenceBody } from './timeline';
import { proposeActionItemBody } from './action-items';
import { ifMatchHeader } from '../headers';

const validDraft = {
  title: 'Checkout slow during sale',
  severity: 'SEV2',
  services: ['checkout'],
  team: 'payments',
  occurredAt: '2026-03-14T09:00:00Z',
};

describe('Request schemas', () => {
  it('accept a minimal draft and fill the optional texts', () =>
    expect(draftPostmortemBody.parse(validDraft)).toEqual({ ...validDraft, occurredAt: '2026-03-14T09:00:00.000Z', customerImpact: '', summary: '' }));

  it('refuse unknown fields', () => expect(draftPostmortemBody.safeParse({ ...validDraft, sevrity: 'SEV1' }).success).toBe(false));

  it('refuse a time without a time zone', () =>
    expect(draftPostmortemBody.safeParse({ ...validDraft, occurredAt: '2026-03-14T09:00:00' }).success).toBe(false));

  it('refuse an unknown severity', () => expect(draftPostmortemBody.safeParse({ ...validDraft, severity: 'SEV0' }).success).toBe(false));

  it('refuse an empty revision', () => expect(reviseIncidentFactsBody.safeParse({}).success).toBe(false));

  it('let a revision clear an optional time with null', () =>
    expect(reviseIncidentFactsBody.parse({ mitigatedAt: null })).toEqual({ mitigatedAt: null }));

  it('take any well-formed category id (which ones exist is the server\'s taxonomy)', () => {
    expect(identifyCauseBody.safeParse({ level: 'contributing_cause', category: 'external_trigger', description: 'x' }).success).toBe(true);
    expect(identifyCauseBody.safeParse({ level: 'causal_factor', category: 'Software Bug', description: 'x' }).error?.issues[0].path).toEqual(['category']);
  });

  it('refuse evidence that is not an http(s) link', () =>
    expect(attachEvidenceBody.safeParse({ kind: 'log', title: 't', url: 'javascript:alert(1)' }).success).toBe(false));

  it('refuse repeated cause links', () =>
    expect(
      proposeActionItemBody.safeParse({
        title: 't', description: 'd', successCriteria: 's', type: 'prevent', causeIds: ['a', 'a'],
        priority: { frequency: 'rare', effort: 'small' },
      }).success,
    ).toBe(false));

  it('read If-Match in its quoted, weak and bare forms', () =>
    expect(['"7"', 'W/"7"', '7'].map((v) => ifMatchHeader.parse(v))).toEqual([7, 7, 7]));

  it('never throw on arbitrary JSON, only accept or refuse', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of [draftPostmortemBody, identifyCauseBody, proposeActionItemBody, reviseIncidentFactsBody]) {
          expect(typeof schema.safeParse(value).success).toBe('boolean');
        }
      }),
    ));
});
