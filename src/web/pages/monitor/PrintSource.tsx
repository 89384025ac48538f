import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDateTime } from '../../format';

/**
 * Print-only: where the figures come from and when they were printed (issue 3, item 7: "with the date and
 * source"). Before printing it also opens every closed table (`<details>`) in the page and closes them
 * again afterwards; styles.css does the same for browsers that support `::details-content`.
 */
export function PrintSource({ regionName, generatedAt }: { regionName: string; generatedAt: string }) {
  const printedAt = usePrintMoment();
  return (
    <p className="wr-print-only wr-print-source">
      Bron: Woonregie, monitor van {regionName}; stand van {formatDateTime(generatedAt)}, afgedrukt op{' '}
      {formatDateTime(printedAt)}.
    </p>
  );
}

/** The moment of the latest print (or of the render, for "Opslaan als PDF" without a beforeprint event). */
function usePrintMoment(): string {
  const [moment, setMoment] = useState(() => new Date().toISOString());
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      // Synchronously, so the printed page shows this moment and not the render's.
      flushSync(() => setMoment(new Date().toISOString()));
      for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
        details.open = true;
        opened.push(details);
      }
    };
    const after = () => {
      for (const details of opened.splice(0)) details.open = false;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return moment;
}
