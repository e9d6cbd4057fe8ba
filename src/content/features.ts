// The page features, in start order. Each lives in src/content/features/<id>/ and never imports another.
import type { Feature } from './feature';
import { acronyms } from './features/acronyms/index';
import { scale } from './features/scale/index';
import { summary } from './features/summary/index';

export const FEATURE_LIST: readonly Feature[] = [scale, acronyms, summary];
