import type { ComparisonGrid } from './comparison';
import { type CommitmentType, topicOf } from './topics';

export interface DraftCommitment {
  topic: string;
  type: CommitmentType;
  description: string;
  target: number | null;
  unit: string;
  /** The municipalities whose local agreements have this topic. */
  municipalities: string[];
}

export interface RegionalDraft {
  year: number;
  title: string;
  commitments: DraftCommitment[];
  /** Topics that too few municipalities share to lift them to the region. */
  leftOut: { topic: string; label: string; presentIn: number }[];
}

/**
 * A draft regional agreement from what the municipalities' agreements share (seed 004: agree once, well, instead of
 * "7 x 7 keer (lokaal) hetzelfde gesprek"): every topic that at least `minShare` of the columns have becomes a
 * regional commitment. For numbers and money the regional target is the sum of the local targets in the same unit;
 * the text names the municipalities, so the region can edit it before saving.
 */
export function draftRegionalAgreement(grid: ComparisonGrid, minShare = 0.5): RegionalDraft {
  const needed = Math.max(1, Math.ceil(grid.columns.length * minShare));
  const commitments: DraftCommitment[] = [];
  const leftOut: RegionalDraft['leftOut'] = [];
  for (const row of grid.rows) {
    if (row.presentIn < needed) {
      leftOut.push({ topic: row.topic, label: row.label, presentIn: row.presentIn });
      continue;
    }
    const topic = topicOf(row.topic);
    const present = grid.columns.filter((_, i) => (row.cells[i] ?? []).length > 0);
    const local = row.cells.flat();
    const sameUnit = local.filter((c) => c.unit === topic.unit && c.target !== null);
    const target =
      row.type === 'process' || sameUnit.length === 0
        ? null
        : sameUnit.reduce((sum, c) => sum + (c.target ?? 0), 0);
    const names = present.map((c) => c.name).join(', ');
    commitments.push({
      topic: row.topic,
      type: row.type,
      description: `${topic.label}: samen afgesproken voor de regio, zoals nu lokaal in ${names}.`,
      target,
      unit: topic.unit,
      municipalities: present.map((c) => c.code),
    });
  }
  return { year: grid.year, title: `Regionale woonafspraken ${grid.year}`, commitments, leftOut };
}
