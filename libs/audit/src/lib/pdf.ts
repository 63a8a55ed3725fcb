import type { AuditDocument } from './document';
import { writeMarkdown } from './pdf-markdown';

/**
 * The audit document as a PDF (A4, the built-in Helvetica, tables as aligned rows, the team's
 * Markdown rendered). PDFKit loads on the first export: it is a tenth of the API's start-up.
 */
export const toPdf = async ({ title, subtitle, blocks }: AuditDocument): Promise<Buffer> => {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Creator: 'Hindsight' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    const width = pdf.page.width - 100;

    pdf.font('Helvetica-Bold').fontSize(18).text(title);
    pdf.font('Helvetica-Oblique').fontSize(9).fillColor('#555').text(subtitle).fillColor('black').moveDown();
    for (const block of blocks) {
      if (block.kind === 'heading') pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text(block.text).moveDown(0.3);
      else if (block.kind === 'paragraph') pdf.font('Helvetica').fontSize(10).text(block.text).moveDown(0.5);
      else if (block.kind === 'markdown') writeMarkdown(pdf, block.text, 50, width);
      else if (block.rows.length === 0) pdf.font('Helvetica-Oblique').fontSize(10).text('None.').moveDown(0.5);
      else {
        const column = width / block.header.length;
        const row = (cells: string[], font: string) => {
          pdf.font(font).fontSize(8);
          const height = Math.max(...cells.map((c) => pdf.heightOfString(c, { width: column - 6 })));
          if (pdf.y + height > pdf.page.height - 50) pdf.addPage();
          const top = pdf.y;
          cells.forEach((c, i) => pdf.text(c, 50 + i * column, top, { width: column - 6 }));
          pdf.x = 50;
          pdf.y = top + height + 4;
        };
        row(block.header, 'Helvetica-Bold');
        block.rows.forEach((r) => row(r, 'Helvetica'));
        pdf.moveDown(0.5);
      }
    }
    pdf.end();
  });
};
