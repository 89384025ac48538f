export * from './compensation';
export * from './fund';
export * from './ordinance';
export * from './quickscan';
export * from './review';
