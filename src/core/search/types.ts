/** The kinds of thing a search finds, in the order the results page shows them. */
export const SEARCH_TYPES = ['plan', 'knowledgeItem', 'proposal', 'decision'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Dutch labels for the results page. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  plan: 'Plannen',
  knowledgeItem: 'Kennis',
  proposal: 'Voorstellen',
  decision: 'Besluiten',
};

/** Where a result lives in the web app. */
export function searchResultPath(result: {
  type: SearchType;
  id: string;
  meetingId?: string | null;
}): string {
  switch (result.type) {
    case 'plan':
      return `/plannen/${result.id}`;
    case 'knowledgeItem':
      return `/kennis/${result.id}`;
    case 'proposal':
      return `/overleg/voorstellen/${result.id}`;
    case 'decision':
      return result.meetingId ? `/overleg/vergaderingen/${result.meetingId}` : '/overleg';
  }
}
