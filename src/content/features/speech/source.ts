// A text the player reads and the way back to its characters on the page: found again through the block text map
// whenever the page has replaced the nodes (the acronym wrappers split text nodes; a kept Range would go stale).
import { mapBlockText, rangeOfText, type Block, type TextMap } from '../../../core/index';

/** One text the player reads, and how to find its characters on the page (again each time: the page may change). */
export interface ReadingSource {
  text: string;
  range(start: number, end: number): Range | null;
}

/** A block's characters on the page through its text map, made again when the page replaced its nodes. */
export function blockSource(block: Block): ReadingSource {
  let map: TextMap | null = null;
  return {
    text: block.text,
    range(start, end) {
      if (!map || !isLive(map, start, end)) map = mapBlockText(block);
      return rangeOfText(map, start, end);
    },
  };
}


/** The map's characters [start, end) still stand in the page's nodes it was made from (both ends checked). */
function isLive(map: TextMap, start: number, end: number): boolean {
  let first = Math.max(0, start);
  let last = Math.min(map.origins.length, end) - 1;
  while (first <= last && !map.origins[first]) first++;
  while (last >= first && !map.origins[last]) last--;
  const a = map.origins[first];
  const b = map.origins[last];
  return Boolean(a && b && a.node.isConnected && b.node.isConnected && a.end <= a.node.length && b.end <= b.node.length);
}
