import type { MessagePort, TransferListItem } from 'node:worker_threads';

/**
 * Posts pages from a worker to the thread that started it, at most `ahead` of them unread: each
 * message that thread sends back lets one more go, so a slow reader holds the worker back.
 */
export const pacedSender = <T>(port: MessagePort, ahead = 2): ((page: T, transfer?: TransferListItem[]) => Promise<void>) => {
  let credit = ahead;
  let resume: (() => void) | undefined;
  port.on('message', () => {
    credit += 1;
    resume?.();
  });
  return async (page, transfer) => {
    if (credit === 0) await new Promise<void>((resolve) => (resume = resolve));
    credit -= 1;
    port.postMessage(page, transfer);
  };
};
