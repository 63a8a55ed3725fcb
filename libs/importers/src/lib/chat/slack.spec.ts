import { fixturePath, fixtureText } from '../../testing/fixtures';
import { importSlackExport } from './slack-export';
import { importSlack, slackNames } from './slack';

describe('importing a Slack channel export', () => {
  const file = 'slack/incident-checkout/2026-03-14.json';
  const given = () => importSlack(fixtureText(file), { file, channel: 'incident-checkout', names: slackNames(fixtureText('slack/users.json')) });

  it('given a day of the incident channel, then its messages are communication entries in order, with authors and mentions by name', () => {
    const { suggestions, records } = given();
    const messages = JSON.parse(fixtureText(file)) as unknown[];
    expect(records).toBe(messages.length);
    expect(suggestions).toHaveLength(messages.length - 1);
    expect(suggestions[0]).toMatchObject({ at: '2026-03-14T09:17:31.816Z', kind: 'communication', description: 'Sam (Support): @Dana Ito checkout is crawling, customers are writing in' });
    expect(suggestions.map((s) => s.at)).toEqual([...suggestions.map((s) => s.at)].sort());
    expect(suggestions.find((s) => s.description.includes('dashboard'))?.description).toMatch(/see the dashboard$/);
  });

  it('given the channel’s housekeeping (someone joining), then it is not suggested', () => {
    expect(given().suggestions.some((s) => s.description.includes('has joined'))).toBe(false);
  });
});

describe('importing a whole Slack export', () => {
  it('given the export folder, then each channel is one import, its people named from users.json', () => {
    const [channel, ...others] = importSlackExport(fixturePath('slack'));
    expect(others).toEqual([]);
    expect(channel.file).toBe('incident-checkout/');
    expect(channel.suggestions[0].description).toBe('Sam (Support): @Dana Ito checkout is crawling, customers are writing in');
  });
});
