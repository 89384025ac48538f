import type { CommitmentStatus } from './labels';
import { COMMITMENT_TOPICS, type CommitmentType, topicOf } from './topics';

/** A commitment as the grid needs it. */
export interface GridCommitment {
  id: string;
  topic: string;
  type: CommitmentType;
  description: string;
  partyName: string;
  target: number | null;
  actual: number | null;
  unit: string;
  status: CommitmentStatus;
  /** When the actual is computed from linked plans: the homes still planned in the counted years. */
  planned?: number | null;
}

/** An agreement as the grid needs it: one municipality, one year. */
export interface GridAgreement {
  id: string;
  year: number;
  municipalityCode: string | null;
  commitments: readonly GridCommitment[];
}

export interface ComparisonGrid {
  year: number;
  columns: { code: string; name: string; agreementIds: string[] }[];
  rows: {
    topic: string;
    label: string;
    type: CommitmentType;
    /** How many of the columns have at least one commitment on this topic. */
    presentIn: number;
    /** One cell per column, in the columns' order. */
    cells: GridCommitment[][];
  }[];
}

/**
 * Puts the same commitment topics of several municipalities side by side for one year: rows are topics (in the
 * registry's order, only those some municipality has), columns the municipalities in the order asked, and each
 * cell holds that municipality's commitments on that topic from all its agreements of that year.
 */
export function buildComparisonGrid(
  agreements: readonly GridAgreement[],
  year: number,
  municipalities: readonly { code: string; name: string }[],
): ComparisonGrid {
  const ofYear = agreements.filter((a) => a.year === year && a.municipalityCode);
  const columns = municipalities.map((m) => ({
    ...m,
    agreementIds: ofYear.filter((a) => a.municipalityCode === m.code).map((a) => a.id),
  }));
  const cellsOf = (topic: string) =>
    columns.map((column) =>
      ofYear
        .filter((a) => a.municipalityCode === column.code)
        .flatMap((a) => a.commitments.filter((c) => topicOf(c.topic).key === topic)),
    );
  const rows = COMMITMENT_TOPICS.map((topic) => {
    const cells = cellsOf(topic.key);
    return {
      topic: topic.key,
      label: topic.label,
      type: topic.type as CommitmentType,
      presentIn: cells.filter((cell) => cell.length > 0).length,
      cells,
    };
  }).filter((row) => row.presentIn > 0);
  return { year, columns, rows };
}
