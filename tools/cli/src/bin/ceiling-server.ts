import { startCeilingServer } from '../bench/ceiling-server';

/** `ceiling-server <file> <rows>`: bench-http runs it as a child process, as it runs the API, and reads its URL from the first line. */
const [file, rows] = process.argv.slice(2);
void startCeilingServer(file, Number(rows)).then(({ url, close }) => {
  process.stdout.write(`${url}\n`);
  process.on('SIGTERM', () => void close().then(() => process.exit(0)));
});
