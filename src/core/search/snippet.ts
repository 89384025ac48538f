/**
 * ts_headline marks each match with these two private-use characters (they never occur in Dutch text); the
 * API turns them into plain text plus offsets, so no client ever has to trust HTML from the server.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** A snippet as the API returns it: plain text, and the [start, end) ranges of the matched words in it. */
export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

/** Splits ts_headline's marked text into plain text and highlight ranges (offsets in UTF-16 code units). */
export function parseMarkedSnippet(marked: string): Snippet {
  let snippet = '';
  const highlights: [number, number][] = [];
  let start: number | null = null;
  for (const char of marked.replace(/\s+/g, ' ').trim()) {
    if (char === MARK_START) start = snippet.length;
    else if (char === MARK_END) {
      if (start !== null && snippet.length > start) highlights.push([start, snippet.length]);
      start = null;
    } else snippet += char;
  }
  return { snippet: snippet.trimEnd(), highlights };
}

/** The snippet as parts for rendering: matched parts become `<mark>` in the web, as text (never as HTML). */
export function snippetParts({ snippet, highlights }: Snippet): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > snippet.length) continue;
    if (start > at) parts.push({ text: snippet.slice(at, start), match: false });
    parts.push({ text: snippet.slice(start, end), match: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
