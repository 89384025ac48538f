import { useQuery } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { ApiError, api, type Me } from '../api';

/** The logged-in user, or null when nobody is logged in. */
export function useSessionQuery() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return (await api.me()).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The user of a page inside the layout (the layout only renders pages for a logged-in user). */
export function useMe(): Me {
  return useOutletContext<{ me: Me }>().me;
}
