import { describe, expect, test } from 'vitest';
import { attachmentHeader, checkOpenBook, MAX_OPEN_BOOK_BYTES } from './open-book';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('checkOpenBook', () => {
  test.each([
    ['begroting.pdf', PDF, 'application/pdf'],
    ['Grondexploitatie.XLSX', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['posten.csv', Buffer.from('post;bedrag\ngrond;1200000\n'), 'text/csv; charset=utf-8'],
  ])('accepts %s and serves it as %s', (name, content, type) => {
    expect(checkOpenBook(name, content)).toEqual({ name, type, content });
  });

  test.each([
    ['script.html', Buffer.from('<script>'), 'Lever het open boek aan als PDF, XLSX of CSV.'],
    ['begroting.pdf', ZIP, 'Dit bestand is geen echt PDF-bestand. Kies het bestand opnieuw.'],
    ['model.xlsx', PDF, 'Dit bestand is geen echt XLSX-bestand. Kies het bestand opnieuw.'],
    [
      'posten.csv',
      Buffer.from([0x61, 0x00, 0x62]),
      'Dit bestand is geen echt CSV-bestand. Kies het bestand opnieuw.',
    ],
    ['groot.csv', Buffer.alloc(MAX_OPEN_BOOK_BYTES + 1, 0x61), 'Het bestand is te groot (maximaal 10 MB).'],
  ])('refuses %s with a message on the field', (name, content, message) => {
    expect(() => checkOpenBook(name, content)).toThrow(
      expect.objectContaining({ code: 'validation', errors: [{ path: 'openBook', message }] }),
    );
  });

  test('keeps only the file name, never a path', () => {
    expect(checkOpenBook('C:\\Users\\ontwikkelaar\\open-boek.pdf', PDF).name).toBe('open-boek.pdf');
    expect(checkOpenBook('../../etc/open-boek.pdf', PDF).name).toBe('open-boek.pdf');
  });
});

describe('attachmentHeader', () => {
  test('an ASCII fallback and the original name in UTF-8', () => {
    expect(attachmentHeader('open boek "é".csv')).toBe(
      `attachment; filename="open boek ___.csv"; filename*=UTF-8''open%20boek%20%22%C3%A9%22.csv`,
    );
  });
});
