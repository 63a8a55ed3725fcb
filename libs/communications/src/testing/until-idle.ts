/** Resolves once `idle()` holds, checking every 10 ms; fails after `timeoutMs`. */
export const untilIdle = async (idle: () => boolean, what: string, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!idle()) {
    if (Date.now() > deadline) throw new Error(`${what} still has open connections after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
