/**
 * OpenTelemetry tracing, switched on by the standard variables alone: an OTLP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), and not turned off
 * (`OTEL_SDK_DISABLED`, `OTEL_TRACES_EXPORTER=none`). Spans go out as OTLP/HTTP JSON; the
 * SDK reads every other `OTEL_*` variable (service name, resource attributes, sampler, batching).
 * Imported before anything else, so that the HTTP server is instrumented when it is loaded.
 */
const env = process.env;
const wanted =
  (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true' && env.OTEL_TRACES_EXPORTER !== 'none';

if (wanted) {
  // Loaded only when tracing is on (otherwise a tenth of the start-up), and synchronously: the HTTP server must be instrumented before it loads.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'hindsight',
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [new HttpInstrumentation()],
  });
  sdk.start();
  // Spans still in the batch go out before the process ends.
  process.once('SIGTERM', () => void sdk.shutdown());
}
