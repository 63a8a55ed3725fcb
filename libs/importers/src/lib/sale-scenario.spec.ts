import { fixtureStream, fixtureText, saleWindow } from '../testing/fixtures';
import { importAlertmanager } from './alerts/alertmanager';
import { importSlack } from './chat/slack';
import { importDeploys } from './deploys/deploys';
import { importFile } from './import-file';

describe('the spring-sale slowdown rebuilt from its raw material', () => {
  it('given the deploy list, the latency series, the alerts, the chat and the log, then the deploy precedes the latency change point, which precedes the first alert', async () => {
    const options = { window: saleWindow };
    const deploy = importDeploys(fixtureText('deploys.csv'), { file: 'deploys.csv', ...options }).suggestions.find((s) => s.description.startsWith('checkout 2026.03.14-1'));
    const latency = (await importFile('prometheus', [fixtureText('checkout-latency.prometheus.json')], { file: 'latency.json', ...options })).suggestions[0];
    const alert = importAlertmanager(fixtureText('alertmanager.jsonl'), { file: 'alerts.jsonl', ...options }).suggestions[0];
    const chat = importSlack(fixtureText('slack/incident-checkout/2026-03-14.json'), { file: 'chat.json', ...options }).suggestions[0];
    const log = await importFile('logs', fixtureStream('application.log'), { file: 'application.log', ...options });

    expect(deploy && deploy.at < latency.at && latency.at < alert.at).toBe(true);
    expect(chat.at > latency.at && chat.at < alert.at).toBe(true);
    const firstLogError = log.suggestions.find((s) => s.key === log.firstSignal);
    expect(firstLogError && firstLogError.at >= latency.at && firstLogError.at < saleWindow.detectedAt!).toBe(true);
  });
});
