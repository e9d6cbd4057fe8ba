// Every site and platform adapter, sorted by id. detectArticle (src/core/article) tries site adapters
// by host first, then platform adapters by markup (priority, then this order), then Readability.
import { cms } from './cms';
import { onecms } from './onecms';
import { qdnd } from './qdnd';
import { sharepoint } from './sharepoint';
import { sharepointMinistry } from './sharepoint-ministry';
import { tandan } from './tandan';
import type { SiteAdapter } from './types';
import { vccorp } from './vccorp';
import { vietnamnet } from './vietnamnet';
import { vnexpress } from './vnexpress';

export const SITES: readonly SiteAdapter[] = [
  cms,
  onecms,
  qdnd,
  sharepoint,
  sharepointMinistry,
  tandan,
  vccorp,
  vietnamnet,
  vnexpress,
];

export type { SiteAdapter, SiteSelectors, SelectorSpec } from './types';
