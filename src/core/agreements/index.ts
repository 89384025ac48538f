/** Prestatieafspraken, regional agreements, woonvisie and RAP (issue 6): topics, progress, comparison, drafts. */
export * from './comparison';
export * from './labels';
export * from './progress';
export * from './regional-draft';
export * from './schema';
export * from './topics';
