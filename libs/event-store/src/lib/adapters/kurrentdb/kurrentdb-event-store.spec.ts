import { eventStoreContract } from '../../../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * The shared contract against a real KurrentDB / EventStoreDB server, e.g. the compose file's
 * `kurrentdb` service: HINDSIGHT_KURRENTDB_TEST_URL=kurrentdb://localhost:2113?tls=false.
 * Without that variable (no server on this machine) the suite is skipped and says so.
 */
const url = process.env['HINDSIGHT_KURRENTDB_TEST_URL'];

if (url) {
  eventStoreContract('kurrentdb', async () => {
    const store = KurrentDbEventStore.connect(url);
    return { store, connectAgain: () => KurrentDbEventStore.connect(url), uniqueIdsAcrossStreams: false };
  });
} else {
  // Skipped on purpose: no KurrentDB server here. Set HINDSIGHT_KURRENTDB_TEST_URL to run it.
  describe.skip('kurrentdb event store contract (set HINDSIGHT_KURRENTDB_TEST_URL to run it against a server)', () => {
    it('runs the shared contract suite', () => undefined);
  });
}
