import { ConfigError, loadConfig } from './config';

describe('Configuration', () => {
  it('defaults to the embedded store on localhost', () =>
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databasePath: 'data/hindsight.sqlite',
      logLevel: 'info',
      demo: true,
    }));

  it('names every bad value', () => {
    const load = () => loadConfig({ HINDSIGHT_PORT: 'eighty', HINDSIGHT_LOG_LEVEL: 'loud' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/HINDSIGHT_PORT[\s\S]*HINDSIGHT_LOG_LEVEL/);
  });
});
