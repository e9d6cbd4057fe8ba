// What read-aloud reads, as a Script for the player: the article's blocks in reading order (title, sapo, headings,
// paragraphs, list items, tables row by row as the model joins their cells, captions when the reader wants them),
// never the page's menus, related lists, share bars or credits (the article model has already left those out; the
// author line and the dateline are not read). Sentences are cut once, up front (cheap); the spoken text of a block
// (numbers, dates and acronyms as Vietnamese words, acronyms resolved as the tooltips resolve them) is made when
// the player first reaches it, so a long article costs nothing until it is read.
import { chunkForSpeech, splitSentences, type AcronymResolver, type ArticleModel, type Block, type BlockKind, type SpeechChunk } from '../../../core/index';
import type { Script, ScriptSentence } from './player';

/** Block kinds read aloud, captions aside (a setting). */
const READ_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'sapo', 'heading', 'paragraph', 'list-item', 'table']);

export interface ReadingOptions {
  /** Photo captions are read (the reader's setting, on by default). */
  captions: boolean;
}

/** The blocks of the article that are read, in reading order. */
export function blocksToRead(model: ArticleModel, options: ReadingOptions): Block[] {
  return model.blocks.filter((block) => READ_KINDS.has(block.kind) || (options.captions && block.kind === 'caption'));
}

export interface ChunkSettings {
  /** The article's acronym resolution (null: each text's own definitions and the built-in dictionary). */
  resolver: AcronymResolver | null;
  /** The rate chunks are cut for: slower speech gets shorter chunks (see chunkForSpeech). */
  rate: number;
}

/** A Script over texts (block texts, or any list of strings), with offsets in each text. */
export class TextScript implements Script {
  readonly sentences: readonly ScriptSentence[];
  private readonly chunks = new Map<number, SpeechChunk[][]>();
  /** For each sentence, its index among its text's sentences (chunkForSpeech numbers them the same way). */
  private readonly indexInSource: readonly number[];

  constructor(
    readonly texts: readonly string[],
    private readonly settings: ChunkSettings,
  ) {
    const sentences: ScriptSentence[] = [];
    const indexInSource: number[] = [];
    texts.forEach((text, source) => {
      splitSentences(text).forEach((span, index) => {
        sentences.push({ source, start: span.start, end: span.end });
        indexInSource.push(index);
      });
    });
    this.sentences = sentences;
    this.indexInSource = indexInSource;
  }

  chunksOf(sentence: number): readonly SpeechChunk[] {
    const at = this.sentences[sentence];
    if (!at) return [];
    let bySentence = this.chunks.get(at.source);
    if (!bySentence) {
      bySentence = [];
      const options = this.settings.resolver ? { resolver: this.settings.resolver, rate: this.settings.rate } : { rate: this.settings.rate };
      for (const chunk of chunkForSpeech(this.texts[at.source] ?? '', options)) (bySentence[chunk.sentence] ??= []).push(chunk);
      this.chunks.set(at.source, bySentence);
    }
    return bySentence[this.indexInSource[sentence] ?? -1] ?? [];
  }

  /** The first sentence of text `source` at or after offset `offset` (or its last sentence), or -1. */
  sentenceAt(source: number, offset = 0): number {
    let found = -1;
    for (let i = 0; i < this.sentences.length; i++) {
      const s = this.sentences[i]!;
      if (s.source < source) continue;
      if (s.source > source) break;
      found = i;
      if (s.end > offset) return i;
    }
    return found;
  }
}
