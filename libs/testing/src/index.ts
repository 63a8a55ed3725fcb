export { spawnApi, type ApiProcess } from './lib/api-process';
export { createToken } from './lib/tokens';
export { launchBrowser } from './lib/browser';
export { parseMetrics, scrapeMetrics, type MetricFamily } from './lib/metrics';
export { rewriteEvent, cutStream, deleteStream, runSql, swapEvents, rollBack } from '@hindsight/transparency/testing';
export { TestMailServer, TestWebhookReceiver, type ReceivedMail, type ReceivedWebhook } from '@hindsight/communications/testing';
