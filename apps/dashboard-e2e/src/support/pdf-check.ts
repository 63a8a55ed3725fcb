import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Downloads a report's PDF export and reads its text with pdftotext: every section heading is
 * there and no Markdown is left raw. With `pictureTo`, its first page is also drawn as a PNG there.
 */
export const checkPdfExport = async ({ url, token, reportId, dir, pictureTo }: { url: string; token: string; reportId: string; dir: string; pictureTo?: string }) => {
  const pdf = await fetch(`${url}/api/postmortems/${reportId}/export/pdf`, { headers: { authorization: `Bearer ${token}` } });
  const file = join(dir, 'report.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const heading of ['Executive summary', 'Key durations', 'What happened', 'Timeline (UTC)', 'Causal factors', 'Action items']) expect(text).toContain(heading);
  expect(text).not.toMatch(/\*\*|^\s*- /m);
  if (pictureTo) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, pictureTo]);
};
