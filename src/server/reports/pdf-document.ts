import PDFDocument from 'pdfkit';

/** A pdfkit document (the type of `new PDFDocument()`). */
export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 50;
/** Space under the content for the footer. */
const BOTTOM = 64;
export const COLORS = {
  text: '#1a1a1a',
  muted: '#595959',
  rule: '#b3b3b3',
  header: '#e8eef4',
  accent: '#154273',
};

/**
 * Characters outside WinAnsi, the encoding of the built-in Helvetica, written out in words or ASCII; anything
 * else outside it becomes "?" so pdfkit never writes a wrong glyph.
 */
const REPLACEMENTS: Record<string, string> = {
  '≥': 'minstens ',
  '≤': 'hoogstens ',
  '→': '->',
  '←': '<-',
  '−': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** The text in characters the built-in fonts can show. @example toWinAnsi('≥ 60 m²') // 'minstens  60 m²' */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n') out += char;
    else if (WIN_ANSI_EXTRA.includes(char)) out += char;
    else out += '?';
  }
  return out;
}

/** A new A4 document in Helvetica; `compress: false` keeps the content readable for tests. */
export function createPdf({ title, compress = true }: { title: string; compress?: boolean }): Pdf {
  return new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM },
    bufferPages: true,
    compress,
    info: { Title: toWinAnsi(title), Author: 'Woonregie', Creator: 'Woonregie' },
  }).font('Helvetica');
}

/** The width between the margins. */
export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when less than `height` points are left above the footer. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
}

/** A section heading, kept together with at least `keep` points of what follows. */
export function heading(doc: Pdf, text: string, keep = 120): void {
  ensureSpace(doc, keep + 30);
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(13).fillColor(COLORS.accent);
  doc.text(toWinAnsi(text), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font('Helvetica').fillColor(COLORS.text);
}

/** A paragraph of body text. */
export function paragraph(doc: Pdf, text: string, options: { size?: number; muted?: boolean } = {}): void {
  doc
    .font('Helvetica')
    .fontSize(options.size ?? 9)
    .fillColor(options.muted ? COLORS.muted : COLORS.text);
  doc.text(toWinAnsi(text), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.3).fillColor(COLORS.text);
}

/** Writes the footer on every page: the source and date on the left, "Pagina x van n" on the right. */
export function addFooters(doc: Pdf, source: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin would otherwise add a page
    const y = doc.page.height - 40;
    const width = contentWidth(doc);
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(MARGIN + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('Helvetica').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(toWinAnsi(source), MARGIN, y, { width: width - 80, lineBreak: false });
    doc.text(`Pagina ${i + 1} van ${count}`, MARGIN + width - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
