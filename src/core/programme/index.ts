export * from './changes';
export * from './national-limits';
export * from './norms';
export * from './phases';
export * from './plan-input';
export * from './planning-status';
export * from './progress';
export * from './segments';
