export * from './compensation';
export * from './ordinance';
