export { QUESTIONNAIRE } from './questionnaire';
export { PHASE_LABELS, ROUTE_MAP_QUESTIONS } from './questions';
export * from './schema';
export * from './templates';
export * from './what-if';
