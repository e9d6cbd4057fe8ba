// The page features, in start order. Each lives in src/content/features/<id>/ and never imports another.
import type { Feature } from './feature';

export const FEATURE_LIST: readonly Feature[] = [];
