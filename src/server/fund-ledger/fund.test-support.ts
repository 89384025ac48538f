import type { Client } from '../../../test/support/test-app';

/** A multipart form with text fields and, optionally, one file `openBook` (binary safe). */
export function postForm(
  client: Client,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; content: string | Buffer; type?: string },
) {
  const boundary = '----woonregie-fund-boundary';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="openBook"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return client.request({
    method: 'POST',
    url,
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** The fields of a complete, motivated request. */
export const REQUEST_FIELDS = {
  motivation: 'De grondkosten op deze kleine kavel maken 30% sociale huur onhaalbaar; zie het open boek.',
  elsewhereChecked: 'true',
  elsewhereNote: 'Geen andere locatie van de ontwikkelaar in Hilversum beschikbaar (fictief).',
};

/** The same request as a JSON body (no file). */
export const REQUEST_JSON = { ...REQUEST_FIELDS, elsewhereChecked: true };

/** The sum of listed entries in cents, the way a reader would add up the ledger. */
export const sumInCents = (entries: readonly { amountEur: number }[]) =>
  entries.reduce((cents, entry) => cents + Math.round(entry.amountEur * 100), 0);
