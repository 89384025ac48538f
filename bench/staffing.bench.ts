/**
 * `npm run bench`, staff capacity (issue 4, item 6): the heatmap of an organisation with 300 plans × 40
 * activities over 60 months (target ≤ 200 ms for `computeStaffDemand` + `compareWithCapacity`). Each plan takes one
 * of the route map's templates (seed 2031), repeated in rounds until it has 40 activities, starting in 2027–2029,
 * dated with `computeSchedule`; staffing is the template's. Results go to stdout and to the `staffing` key of
 * bench/results.json (other keys kept).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  chooseTemplate,
  DEVELOPMENTS,
  PREPARATIONS,
  PROCEDURES,
  type TemplateActivity,
} from '../src/core/route-map';
import { computeSchedule } from '../src/core/schedule';
import { compareWithCapacity, computeStaffDemand, type StaffingSchedule } from '../src/core/staffing';

const PLANS = Number(process.env.BENCH_STAFFING_PLANS ?? 300);
const ACTIVITIES = 40;
const MONTHS = 60;
const ROUNDS = 5;
const root = path.resolve(import.meta.dirname, '..');

let seed = 2031;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A template's activities repeated in rounds (each round after the previous one's last) up to 40. */
function fortyActivities(template: TemplateActivity[]): TemplateActivity[] {
  const out: TemplateActivity[] = [];
  for (let round = 0; out.length < ACTIVITIES; round += 1) {
    const suffix = round === 0 ? '' : `-${round}`;
    const previousLast = out[out.length - 1]?.key;
    for (const activity of template) {
      if (out.length === ACTIVITIES) break;
      const dependsOn = activity.dependsOn.map((link) => ({ ...link, key: `${link.key}${suffix}` }));
      if (dependsOn.length === 0 && previousLast)
        dependsOn.push({ key: previousLast, type: 'FS', lagWeeks: 0 });
      out.push({ ...activity, key: `${activity.key}${suffix}`, dependsOn });
    }
  }
  // Links to activities cut off by the limit of 40 do not exist: drop them.
  const keys = new Set(out.map((a) => a.key));
  return out.map((a) => ({ ...a, dependsOn: a.dependsOn.filter((link) => keys.has(link.key)) }));
}

const council = Array.from({ length: 80 }, (_, i) =>
  new Date(Date.UTC(2027, 0, 7 + i * 28)).toISOString().slice(0, 10),
);
const datingStarted = performance.now();
const schedules: StaffingSchedule[] = Array.from({ length: PLANS }, (_, i) => {
  const template = chooseTemplate({
    development: pick(DEVELOPMENTS),
    procedure: pick(PROCEDURES),
    preparation: pick(PREPARATIONS),
  });
  const activities = fortyActivities(template.activities);
  const start = new Date(Date.UTC(2027, 0, 4 + Math.floor(random() * 3 * 365))).toISOString().slice(0, 10);
  const result = computeSchedule(activities, { start, calendars: { council } });
  if (!result.ok) throw new Error(`plan ${i}: ${result.message}`);
  return {
    planId: `plan-${i}`,
    planName: `Plan ${i} (fictief)`,
    activities: result.activities.map((dated, a) => ({
      start: dated.start,
      end: dated.end,
      staffing: activities[a]?.staffing ?? [],
      party: activities[a]?.party ?? null,
    })),
  };
});
const datingMs = Math.round(performance.now() - datingStarted);

const available = {
  projectleider: 6,
  jurist: 3,
  stedenbouwkundige: 3,
  planeconoom: 2,
  vergunningverlener: 3,
};
const options = { from: '2027-01', months: MONTHS, parties: ['gemeente', 'gezamenlijk'] };
const timings: number[] = [];
let overAllocations = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const started = performance.now();
  overAllocations = compareWithCapacity(computeStaffDemand(schedules, options), available).overAllocations
    .length;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const median = Math.round((timings[Math.floor(ROUNDS / 2)] ?? 0) * 10) / 10;
console.log(
  `Staff capacity: ${PLANS} plans × ${ACTIVITIES} activities × ${MONTHS} months: median of ${ROUNDS} runs ${median} ms, best ${Math.round((timings[0] ?? 0) * 10) / 10} ms (target ≤ 200); ${overAllocations} over-allocated role-months; dating the schedules ${datingMs} ms (not in the target)`,
);
const file = path.join(root, 'bench/results.json');
const results = fs.existsSync(file)
  ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
  : {};
const staffing = {
  plans: PLANS,
  activities: ACTIVITIES,
  months: MONTHS,
  rounds: ROUNDS,
  medianMs: median,
  targetMs: 200,
  overAllocations,
  datingMs,
};
fs.writeFileSync(file, `${JSON.stringify({ ...results, staffing }, null, 2)}\n`);
