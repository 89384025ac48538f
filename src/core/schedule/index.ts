export * from './compare';
export * from './compute';
export { addWeeks, snapToCalendar, weeksBetween } from './dates';
export * from './progress';
export * from './types';
