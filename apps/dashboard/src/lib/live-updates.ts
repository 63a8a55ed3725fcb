import type { LiveChange } from '@hindsight/contracts';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { useEffect, useState } from 'react';
import { session } from './session';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** What a change to one report makes stale. */
export const invalidateFor = (client: QueryClient, change: LiveChange): void => {
  void client.invalidateQueries({ queryKey: ['report', change.postmortemId] });
  void client.invalidateQueries({ queryKey: ['reports'] });
  void client.invalidateQueries({ queryKey: ['board'] });
  void client.invalidateQueries({ queryKey: ['trends'] });
  void client.invalidateQueries({ queryKey: ['my-work'] });
};

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Follows the server's change stream (Server-Sent Events over fetch, so the bearer token can
 * travel in a header) and marks the queries a change makes stale: edits by others appear
 * without a reload. Reconnects with backoff when the stream drops.
 */
export const useLiveUpdates = (): LiveStatus => {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    const controller = new AbortController();
    const follow = async () => {
      for (let delay = 1_000; !controller.signal.aborted; delay = Math.min(delay * 2, 30_000)) {
        try {
          const response = await fetch('/api/events', {
            headers: { accept: 'text/event-stream', authorization: `Bearer ${session.token() ?? ''}` },
            signal: controller.signal,
          });
          if (!response.ok || !response.body) throw new Error(`live updates answered ${response.status}`);
          setStatus('live');
          delay = 1_000;
          const reader = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (value.event === 'change') invalidateFor(client, JSON.parse(value.data) as LiveChange);
          }
        } catch {
          // Dropped or refused: show it and try again after the delay.
        }
        if (controller.signal.aborted) return;
        setStatus('offline');
        await pause(delay, controller.signal);
      }
    };
    void follow();
    return () => controller.abort();
  }, [client]);
  return status;
};
