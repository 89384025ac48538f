import { snippetParts } from '../../../core/search';

/** A search snippet with its matched words in `<mark>`; every part is rendered as text, never as HTML. */
export function Highlighted({ snippet, highlights }: { snippet: string; highlights: [number, number][] }) {
  return (
    <>
      {snippetParts({ snippet, highlights }).map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
