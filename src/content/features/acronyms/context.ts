// Context resolution: the words around an occurrence pick the meaning of an ambiguous acronym ("Ủy viên BCT",
// "TT-BTC"), so the dictionary gets a window of the block's text around it. The block's text and each text node's
// offset in it are read only when such an acronym occurs (most blocks never need them); our splits keep the text,
// so the offsets hold for a whole pass over the block.
import type { AcronymResolution, AcronymResolver } from '../../../core/index';

/** Characters on each side of an ambiguous acronym given to the dictionary as its context: a sentence or two. */
const CONTEXT_CHARS = 200;

/** Resolves an occurrence in a text node of the block: (form, node, start in the node's text) → meaning or null. */
export type BlockResolve = (form: string, node: Text, start: number) => AcronymResolution | null;

/** A resolver for the occurrences of one block (`element`), with the block's text as context when it matters. */
export function resolverInBlock(doc: Document, element: Element, resolver: AcronymResolver): BlockResolve {
  let blockText: string | null = null;
  let offsets: Map<Text, number> | null = null;
  const contextAt = (node: Text, start: number, length: number): { text: string; at: number | undefined } => {
    if (!offsets || !offsets.has(node)) {
      offsets = new Map();
      let total = 0;
      const walker = doc.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        offsets.set(t, total);
        total += t.data.length;
      }
      blockText = element.textContent ?? '';
    }
    const text0 = blockText ?? '';
    const pos = (offsets.get(node) ?? 0) + start;
    const from = Math.max(0, pos - CONTEXT_CHARS);
    const raw = text0.slice(from, Math.min(text0.length, pos + length + CONTEXT_CHARS));
    const text = raw.normalize('NFC');
    // The offset stays right only when NFC did not change the length (pages are almost always NFC).
    return { text, at: text.length === raw.length ? pos - from : undefined };
  };
  return (form, node, start) => {
    const plain = resolver.resolve(form);
    if (!plain || plain.alternatives.length === 0) return plain;
    const { text, at } = contextAt(node, start, form.length);
    return resolver.resolve(form, text, at);
  };
}
