import { cause, drafted } from '../testing/fixtures';
import { given } from '../testing/specification';
import type { CommandPolicy } from './policy';

/** An organisation that records external triggers as contributing causes, as the SRE book's sample postmortem does. */
const sreBook: CommandPolicy = {
  taxonomy: {
    categories: [
      { id: 'software_bug', levels: ['causal_factor'] },
      { id: 'external_trigger', levels: ['causal_factor', 'contributing_cause'] },
      { id: 'documentation', levels: ['systemic_issue'] },
    ],
  },
};

describe("The organisation's cause taxonomy", () => {
  it('given a category the organisation allows on two levels, records it as a contributing cause', () =>
    given(drafted())
      .under(sreBook)
      .when({ type: 'IdentifyCause', data: cause({ level: 'contributing_cause', category: 'external_trigger' }) })
      .then({ type: 'CauseIdentified', data: cause({ level: 'contributing_cause', category: 'external_trigger' }) }));

  it('refuses a category it does not have, naming the ones it has', () =>
    given(drafted())
      .under(sreBook)
      .when({ type: 'IdentifyCause', data: cause({ level: 'causal_factor', category: 'configuration_error' }) })
      .thenRefuses('unknown_category', /software_bug, external_trigger/));

  it('refuses a category on a level the organisation does not allow it on', () =>
    given(drafted())
      .under(sreBook)
      .when({ type: 'IdentifyCause', data: cause({ level: 'systemic_issue', category: 'software_bug' }) })
      .thenRefuses('category_level_mismatch'));

  it('given a cause recorded under an earlier taxonomy, lets its description be revised without re-checking its category', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause({ level: 'causal_factor', category: 'configuration_error' }) })
      .under(sreBook)
      .when({ type: 'ReviseCause', data: { causeId: cause().id, changes: { description: 'Sharper wording' } } })
      .then({ type: 'CauseRevised', data: { causeId: cause().id, changes: { description: 'Sharper wording' } } }));

  it('given such a cause, refuses to move it to a category the taxonomy lacks', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause({ level: 'causal_factor', category: 'configuration_error' }) })
      .under(sreBook)
      .when({ type: 'ReviseCause', data: { causeId: cause().id, changes: { category: 'capacity_exhaustion' } } })
      .thenRefuses('unknown_category'));
});
