import { setFlagsFromString } from 'node:v8';

/**
 * While the read models catch up on a long log, the API allocates fast and V8 lets the heap grow
 * to several times what survives each full collection: 690 MB resident on a million events, for
 * about 110 MB of live data. Growing it by 20 % at a time instead held that to 333 MB (285 MB with
 * fewer folded reports kept and smaller batches), for about 6 % of the catch-up's speed, with no
 * cap on the heap (docs/benchmarks.md, read side).
 * `HINDSIGHT_HEAP_GROWTH_PERCENT=0` leaves V8 its own factor. Set first, before anything
 * allocates; an invalid value is left for the configuration to refuse.
 */
const percent = process.env['HINDSIGHT_HEAP_GROWTH_PERCENT'] ?? '20';
if (/^[1-9]\d{0,2}$/.test(percent)) setFlagsFromString(`--heap-growing-percent=${percent}`);
