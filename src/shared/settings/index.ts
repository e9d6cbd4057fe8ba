export * from './schema';
export * from './migrations';
export * from './storage';
