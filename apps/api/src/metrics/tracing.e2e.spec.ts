import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';

interface OtlpSpan {
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
interface OtlpExport {
  resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** A real OTLP/HTTP receiver: what a collector would be sent. */
const startCollector = async () => {
  const received: OtlpExport[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') received.push(JSON.parse(body));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((r) => server.close(r)) };
};

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value;

describe('Tracing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-tracing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a span per request to the OTLP endpoint named by the standard variables', async () => {
    const collector = await startCollector();
    const api = await spawnApi(join(dir, 'events.sqlite'), {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: 'hindsight-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    try {
      expect((await overHttp(api.url)('GET', '/api/health')).status).toBe(200);
      const spans = async () => collector.received.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
      for (let i = 0; i < 100 && !(await spans()).some((s) => attribute(s, 'http.target')?.stringValue === '/api/health' || attribute(s, 'url.path')?.stringValue === '/api/health'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const health = (await spans()).find((s) => [attribute(s, 'http.target'), attribute(s, 'url.path')].some((v) => v?.stringValue === '/api/health'));
      expect(health?.name).toMatch(/^GET/);
      const service = collector.received[0].resourceSpans[0].resource.attributes.find((a) => a.key === 'service.name');
      expect(service?.value.stringValue).toBe('hindsight-under-test');
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
      await collector.close();
    }
  }, 90_000);
});
