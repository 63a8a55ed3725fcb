import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';

/**
 * A log of `bytes` as production writes one: five services in the five formats the
 * importer reads (JSON Lines, logfmt, RFC 5424, RFC 3164, RFC 3339 lines), a day of
 * traffic, about 1 % warnings and errors with varying ids and durations, and some
 * garbage. Deterministic; kept between runs when it exists at the right size.
 */
export const ensureGeneratedLog = async (file: string, bytes: number): Promise<void> => {
  if (existsSync(file) && statSync(file).size >= bytes) return;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.parse('2026-03-14T00:00:00Z');
  const out = createWriteStream(file);
  let written = 0;
  let t = start;
  const line = (): string => {
    t += 17;
    const at = new Date(t);
    const iso = at.toISOString();
    const bad = random() < 0.01;
    const id = Math.floor(random() * 1e9);
    switch (Math.floor(random() * 6)) {
      case 0:
        return JSON.stringify({ level: bad ? 50 : 30, time: t, pid: 41, hostname: 'checkout-0', service: 'checkout', trace_id: id.toString(16), msg: bad ? `checkout timed out after ${id % 9000} ms waiting for orders-db` : `order ${id} placed in ${id % 400} ms` });
      case 1:
        return `time=${iso} level=${bad ? 'warn' : 'info'} service=orders-db msg="${bad ? `slow query on orders took ${id % 8000}ms` : 'checkpoint complete'}" duration_ms=${id % 100}`;
      case 2:
        return `<${bad ? 131 : 134}>1 ${iso} storefront-1 storefront ${id % 5000} - [meta requestId="${id}"] ${bad ? `upstream ${id % 3 ? 'checkout' : 'search'} returned 504` : `GET /products/${id} 200`}`;
      case 3:
        return `<${bad ? 28 : 30}>${at.toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${String(at.getUTCDate()).padStart(2, ' ')} ${iso.slice(11, 19)} db-host-2 kernel: ${bad ? 'TCP: out of memory -- consider tuning tcp_mem' : `eth0: rx ${id} packets`}`;
      case 4:
        return `${iso} ${bad ? 'ERROR' : 'INFO'} [payments] ${bad ? `card authorisation queue depth ${id % 500}` : `authorised payment ${id}`}`;
      default:
        return bad ? `\tat com.shop.Checkout.place(Checkout.java:${id % 900})` : `${iso} INFO [search] query "${id}" answered in ${id % 90} ms`;
    }
  };
  while (written < bytes) {
    const chunk: string[] = [];
    for (let i = 0; i < 20_000; i++) chunk.push(line());
    const text = `${chunk.join('\n')}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
};
