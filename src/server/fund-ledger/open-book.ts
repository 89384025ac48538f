import { AppError } from '../http/errors';

/** The most an open-book file may weigh. */
export const MAX_OPEN_BOOK_BYTES = 10 * 1024 * 1024;

/** An uploaded open-book file as it is stored. */
export interface OpenBook {
  name: string;
  type: string;
  content: Buffer;
}

/** The accepted kinds: the content type we serve it with, and how its first bytes look. */
const KINDS = {
  pdf: {
    type: 'application/pdf',
    looksRight: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    // An XLSX workbook is a ZIP archive.
    looksRight: (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  csv: { type: 'text/csv; charset=utf-8', looksRight: (b: Buffer) => !b.includes(0) },
} as const;

const invalid = (message: string) => new AppError('validation', message, [{ path: 'openBook', message }]);

/**
 * Checks an uploaded open book: PDF, XLSX or CSV by its name and by its content (a renamed file is refused), at
 * most 10 MB. The content type is ours, never the browser's, so the file is always served as what it is.
 */
export function checkOpenBook(fileName: string, content: Buffer): OpenBook {
  const name = (fileName.split(/[\\/]/).pop() ?? '').trim().slice(-200) || 'open-boek';
  const extension = name.toLowerCase().match(/\.(pdf|xlsx|csv)$/)?.[1] as keyof typeof KINDS | undefined;
  if (!extension) throw invalid('Lever het open boek aan als PDF, XLSX of CSV.');
  if (content.length > MAX_OPEN_BOOK_BYTES) throw invalid('Het bestand is te groot (maximaal 10 MB).');
  const kind = KINDS[extension];
  if (!kind.looksRight(content)) {
    throw invalid(`Dit bestand is geen echt ${extension.toUpperCase()}-bestand. Kies het bestand opnieuw.`);
  }
  return { name, type: kind.type, content };
}

/** A Content-Disposition header that keeps the original (Dutch, accented) file name. */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\w.\- ]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
