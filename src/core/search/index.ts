export * from './build-query';
export * from './snippet';
export * from './tokenize';
export * from './types';
