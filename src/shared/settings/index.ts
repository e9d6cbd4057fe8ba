export * from './schema';
export * from './migrations';
export * from './ops';
export * from './storage';
export * from './site-rules';
