/**
 * `npm run bench`, third part (issue 4): the critical path of 30,000 plans × 40 activities (target ≤ 1 s), on
 * generated schedules (seed 2030; each activity depends on one to three of the six before it, 70% finish-to-start,
 * 30% start-to-start, lag 0–4 weeks, duration 0–30 weeks; one council decision per plan snaps to a meeting).
 * Results go to stdout and to the `schedule` key of bench/results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeSchedule, type ScheduleActivity } from '../src/core/schedule';

const PLANS = Number(process.env.BENCH_SCHEDULE_PLANS ?? 30_000);
const ACTIVITIES = 40;
const ROUNDS = 5;
const root = path.resolve(import.meta.dirname, '..');

let seed = 2030;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function generatePlan(): ScheduleActivity[] {
  return Array.from({ length: ACTIVITIES }, (_, i) => {
    const count = i === 0 ? 0 : 1 + Math.floor(random() * Math.min(i, 3));
    const before = new Set<number>();
    for (let j = 0; j < count; j += 1) before.add(Math.max(0, i - 1 - Math.floor(random() * 6)));
    return {
      key: `a${i}`,
      name: `Activiteit ${i}`,
      phase: 'planning',
      durationWeeks: Math.floor(random() * 31),
      dependsOn: [...before].map((d) => ({
        key: `a${d}`,
        type: random() < 0.7 ? ('FS' as const) : ('SS' as const),
        lagWeeks: Math.floor(random() * 5),
      })),
      calendar: i === 20 ? 'council' : undefined,
    };
  });
}

const plans = Array.from({ length: PLANS }, generatePlan);
const links = plans.reduce((sum, plan) => sum + plan.reduce((s, a) => s + a.dependsOn.length, 0), 0);
const council = Array.from({ length: 80 }, (_, i) =>
  new Date(Date.UTC(2027, 0, 7 + i * 28)).toISOString().slice(0, 10),
);
const options = { start: '2027-01-04', calendars: { council } };
const timings: number[] = [];
let failed = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const started = performance.now();
  for (const plan of plans) if (!computeSchedule(plan, options).ok) failed += 1;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const median = Math.round(timings[Math.floor(ROUNDS / 2)] ?? 0);
console.log(
  `Critical path: ${PLANS} plans × ${ACTIVITIES} activities (${links} links): median of ${ROUNDS} runs ${median} ms, best ${Math.round(timings[0] ?? 0)} ms (target ≤ 1000)${failed ? `; ${failed} failed` : ''}`,
);
const file = path.join(root, 'bench/results.json');
const results = fs.existsSync(file)
  ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
  : {};
const schedule = {
  plans: PLANS,
  activities: ACTIVITIES,
  links,
  rounds: ROUNDS,
  medianMs: median,
  targetMs: 1000,
};
fs.writeFileSync(file, `${JSON.stringify({ ...results, schedule }, null, 2)}\n`);
