import { communication, drafted, stakeholder } from '../testing/fixtures';
import { given } from '../testing/specification';
import { DEFAULT_POLICY } from './policy';

const policy = { ...DEFAULT_POLICY, regimes: { 'eu-dora': ['initial', 'intermediate', 'final'], 'eu-gdpr': ['notification'] } };

describe('Regulatory regimes and their moments', () => {
  it('holds a report to regimes the server knows, with the moments their clocks count from', () =>
    given(drafted())
      .under(policy)
      .when({ type: 'ReviseIncidentFacts', data: { changes: { regimes: ['eu-dora'], becameAwareAt: '2026-03-14T09:20:00Z', classifiedMajorAt: '2026-03-14T10:00:00Z' } } })
      .then({ type: 'IncidentFactsRevised', data: { changes: { regimes: ['eu-dora'], becameAwareAt: '2026-03-14T09:20:00Z', classifiedMajorAt: '2026-03-14T10:00:00Z' } } }));

  it('refuses a regime it has no rules for', () =>
    given(drafted()).under(policy).when({ type: 'ReviseIncidentFacts', data: { changes: { regimes: ['eu-dora', 'mars-2040'] } } }).thenRefuses('unknown_regime', /mars-2040/));

  it('refuses a classification or a materiality determination before awareness, and awareness before the incident', () => {
    given(drafted())
      .when({ type: 'ReviseIncidentFacts', data: { changes: { becameAwareAt: '2026-03-14T10:00:00Z', classifiedMajorAt: '2026-03-14T09:59:00Z' } } })
      .thenRefuses('chronology', /classifiedMajorAt/);
    given(drafted())
      .when({ type: 'ReviseIncidentFacts', data: { changes: { becameAwareAt: '2026-03-14T10:00:00Z', materialityDeterminedAt: '2026-03-13T10:00:00Z' } } })
      .thenRefuses('chronology', /materialityDeterminedAt/);
    given(drafted({ occurredAt: '2026-03-14T09:00:00Z' }))
      .when({ type: 'ReviseIncidentFacts', data: { changes: { becameAwareAt: '2026-03-14T08:00:00Z' } } })
      .thenRefuses('chronology', /becameAwareAt/);
  });

  it('files a report under a known regime and stage only', () => {
    const regulator = stakeholder({ group: 'regulator', channel: 'regulatory_report' });
    const filing = (stage: string) => communication({ channel: 'regulatory_report', filing: { regime: 'eu-dora', stage } });
    given(drafted(), { type: 'StakeholderAdded', data: regulator }).under(policy).when({ type: 'PlanCommunication', data: filing('initial') }).then({ type: 'CommunicationPlanned', data: filing('initial') });
    given(drafted(), { type: 'StakeholderAdded', data: regulator }).under(policy).when({ type: 'PlanCommunication', data: filing('early') }).thenRefuses('unknown_regime', /no stage 'early'/);
  });
});
