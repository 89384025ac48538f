import type { ScheduleActivity } from './types';

const fs = (key: string, lagWeeks = 0) => ({ key, type: 'FS' as const, lagWeeks });
const ss = (key: string, lagWeeks = 0) => ({ key, type: 'SS' as const, lagWeeks });

/**
 * A small hand-checked schedule, starting Monday 4 January 2027 (week 0):
 * a 0–4; b 4–10 (FS a); c 2–10 (SS a + 2); d 11–23 (FS b, FS c + 1); e 25 (FS d + 2); f 10–20 (FS b).
 * Project end week 25; late finishes a 4, b 11, c 10, d 23, e 25, f 25, so b floats 1 week and f 5.
 */
export const EXAMPLE: ScheduleActivity[] = [
  { key: 'a', name: 'Principeverzoek', phase: 'initiative', durationWeeks: 4, dependsOn: [] },
  { key: 'b', name: 'Intentieovereenkomst', phase: 'initiative', durationWeeks: 6, dependsOn: [fs('a')] },
  { key: 'c', name: 'Participatie', phase: 'planning', durationWeeks: 8, dependsOn: [ss('a', 2)] },
  {
    key: 'd',
    name: 'Ontwerp omgevingsplan',
    phase: 'planning',
    durationWeeks: 12,
    dependsOn: [fs('b'), fs('c', 1)],
  },
  {
    key: 'e',
    name: 'Raadsbesluit',
    phase: 'planning',
    durationWeeks: 0,
    dependsOn: [fs('d', 2)],
    milestone: true,
  },
  { key: 'f', name: 'Aanbesteding', phase: 'elaboration', durationWeeks: 10, dependsOn: [fs('b')] },
];

/** The example with some fields of one activity changed. */
export function withActivity(key: string, change: Partial<ScheduleActivity>): ScheduleActivity[] {
  return EXAMPLE.map((a) => (a.key === key ? { ...a, ...change } : a));
}
