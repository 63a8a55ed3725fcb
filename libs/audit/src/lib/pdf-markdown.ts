import { lexer, type Token, type Tokens } from 'marked';

type Pdf = PDFKit.PDFDocument;

interface Style {
  bold: boolean;
  italic: boolean;
  code: boolean;
  link?: string;
  strike: boolean;
}

interface Run {
  text: string;
  style: Style;
}

const PLAIN: Style = { bold: false, italic: false, code: false, strike: false };

const fontOf = ({ bold, italic, code }: Style) =>
  code ? 'Courier' : bold && italic ? 'Helvetica-BoldOblique' : bold ? 'Helvetica-Bold' : italic ? 'Helvetica-Oblique' : 'Helvetica';

/** Inline Markdown (emphasis, code, links) as runs of text in one style each. */
const runsOf = (tokens: Token[] | undefined, style: Style): Run[] =>
  (tokens ?? []).flatMap((token): Run[] => {
    switch (token.type) {
      case 'strong': return runsOf(token.tokens, { ...style, bold: true });
      case 'em': return runsOf(token.tokens, { ...style, italic: true });
      case 'del': return runsOf(token.tokens, { ...style, strike: true });
      case 'codespan': return [{ text: (token as Tokens.Codespan).text, style: { ...style, code: true } }];
      case 'link': return runsOf(token.tokens, { ...style, link: (token as Tokens.Link).href });
      case 'br': return [{ text: '\n', style }];
      case 'html': return [];
      case 'text': return 'tokens' in token && token.tokens ? runsOf(token.tokens, style) : [{ text: (token as Tokens.Text).text, style }];
      default: return [{ text: 'text' in token ? String(token.text) : token.raw, style }];
    }
  });

const write = (pdf: Pdf, runs: Run[], left: number, width: number, size: number) => {
  const shown = runs.filter((r) => r.text !== '');
  shown.forEach((run, i) => {
    const options = { continued: i < shown.length - 1, width, link: run.style.link, underline: run.style.link !== undefined, strike: run.style.strike };
    pdf.font(fontOf(run.style)).fontSize(size);
    if (i === 0) pdf.text(run.text, left, pdf.y, options);
    else pdf.text(run.text, options);
  });
};

const block = (pdf: Pdf, token: Token, left: number, width: number): void => {
  switch (token.type) {
    case 'space':
      return;
    case 'heading':
      write(pdf, runsOf((token as Tokens.Heading).tokens, { ...PLAIN, bold: true }), left, width, 11);
      pdf.moveDown(0.2);
      return;
    case 'paragraph':
      write(pdf, runsOf((token as Tokens.Paragraph).tokens, PLAIN), left, width, 10);
      pdf.moveDown(0.4);
      return;
    case 'list':
      (token as Tokens.List).items.forEach((item, i) => {
        const marker = (token as Tokens.List).ordered ? `${Number((token as Tokens.List).start || 1) + i}.` : '•';
        const top = pdf.y;
        pdf.font('Helvetica').fontSize(10).text(marker, left, top, { width: 14 });
        pdf.y = top;
        for (const part of item.tokens) block(pdf, part.type === 'text' ? { ...part, type: 'paragraph' } as Token : part, left + 14, width - 14);
      });
      return;
    case 'code':
      pdf.font('Courier').fontSize(9).text((token as Tokens.Code).text, left + 8, pdf.y, { width: width - 8 }).moveDown(0.4);
      return;
    case 'blockquote':
      pdf.fillColor('#444');
      for (const part of (token as Tokens.Blockquote).tokens) block(pdf, part, left + 12, width - 12);
      pdf.fillColor('black');
      return;
    case 'hr':
      pdf.moveDown(0.5);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) write(pdf, row.flatMap((cell, i) => [...(i > 0 ? [{ text: '  |  ', style: PLAIN }] : []), ...runsOf(cell.tokens, PLAIN)]), left, width, 9);
      pdf.moveDown(0.4);
      return;
    }
    default:
      pdf.font('Helvetica').fontSize(10).text('text' in token ? String(token.text) : token.raw, left, pdf.y, { width }).moveDown(0.4);
  }
};

/**
 * Markdown (CommonMark with GitHub's tables and strikethrough, parsed by marked) drawn into
 * the PDF: emphasis as fonts, lists with their markers, code in Courier, links clickable;
 * raw HTML is left out. No Markdown syntax reaches the page.
 */
export const writeMarkdown = (pdf: Pdf, text: string, left: number, width: number) => {
  for (const token of lexer(text, { gfm: true })) block(pdf, token, left, width);
  pdf.x = left;
};
