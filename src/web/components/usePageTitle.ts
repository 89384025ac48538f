import { useEffect } from 'react';

/** Sets the browser tab's title: "<page> · Woonregie". */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Woonregie`;
  }, [title]);
}
