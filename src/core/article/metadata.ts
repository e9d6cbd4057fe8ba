// What the page says about itself in <head>: titles, descriptions and author names from meta tags and
// JSON-LD. Used to recognise the title, sapo and author elements on the page, never as block text.

import { queryAll } from './dom';
import { normalizeText } from './text';

export interface PageMetadata {
  /** og:title, twitter:title, JSON-LD headline, <title> (and its part before the site name). */
  titles: string[];
  /** og:description, meta description, JSON-LD description. */
  descriptions: string[];
  /** Names of people credited: JSON-LD Person authors, dable:author. Organisations are left out. */
  authors: string[];
  /** og:site_name, JSON-LD publisher: to tell a site name from a person's. */
  siteNames: string[];
  /** og:type article or a JSON-LD *Article: the page declares itself an article. */
  declaresArticle: boolean;
}

/** Separators between the article title and the site name in <title>. */
const TITLE_SEPARATOR = /\s+[-|–—»:]\s+/;
const ARTICLE_TYPES = /^(?:News|Report|Scholarly|Tech|Blog|Analysis|Opinion|Review|Background)?Article$|^BlogPosting$/;

export function readMetadata(doc: Document): PageMetadata {
  const meta: PageMetadata = { titles: [], descriptions: [], authors: [], siteNames: [], declaresArticle: false };
  const content = (selector: string): string[] =>
    queryAll(doc, selector)
      .map((el) => normalizeText(decodeEntities(el.getAttribute('content') ?? '')))
      .filter(Boolean);

  meta.titles.push(...content('meta[property="og:title"]'), ...content('meta[name="twitter:title"]'));
  meta.descriptions.push(
    ...content('meta[property="og:description"]'),
    ...content('meta[name="description" i]'),
    ...content('meta[name="twitter:description"]'),
  );
  meta.siteNames.push(...content('meta[property="og:site_name"]'));
  for (const name of content('meta[property="dable:author"]')) meta.authors.push(...name.split(/\s*;\s*/));
  if (content('meta[property="og:type"]').some((type) => type.toLowerCase() === 'article')) meta.declaresArticle = true;

  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenJsonLd(data)) readJsonLdItem(item, meta);
  }

  const docTitle = normalizeText(doc.title ?? '');
  if (docTitle) {
    meta.titles.push(docTitle);
    const head = docTitle.split(TITLE_SEPARATOR)[0];
    if (head && head !== docTitle) meta.titles.push(head);
  }
  meta.titles = unique(meta.titles);
  meta.descriptions = unique(meta.descriptions);
  meta.authors = unique(meta.authors.filter((name) => name && !meta.siteNames.includes(name)));
  meta.siteNames = unique(meta.siteNames);
  return meta;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenJsonLd(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (!isObject(data)) return [];
  const graph = data['@graph'];
  return Array.isArray(graph) ? [data, ...graph.flatMap(flattenJsonLd)] : [data];
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? normalizeText(decodeEntities(value)) : '';
}

function readJsonLdItem(item: JsonObject, meta: PageMetadata): void {
  if (!typesOf(item).some((type) => ARTICLE_TYPES.test(type))) return;
  meta.declaresArticle = true;
  const headline = stringOf(item['headline']);
  if (headline) meta.titles.push(headline);
  const description = stringOf(item['description']);
  if (description) meta.descriptions.push(description);
  const authors = Array.isArray(item['author']) ? item['author'] : [item['author']];
  for (const author of authors) {
    // Only people: "Báo An Giang" as an Organization author is the publisher, not a byline.
    if (isObject(author) && typesOf(author).includes('Person')) {
      const name = stringOf(author['name']);
      if (name) meta.authors.push(name);
    }
  }
  const publisher = item['publisher'];
  if (isObject(publisher)) {
    const name = stringOf(publisher['name']);
    if (name) meta.siteNames.push(name);
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/**
 * JSON-LD is script text, so the HTML parser leaves its entities alone, and some CMSs encode twice
 * ("Chi&amp;#7871;n"): decode up to two levels.
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let pass = 0; pass < 2 && current.includes('&'); pass++) {
    current = current.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
    });
  }
  return current;
}

function unique(values: string[]): string[] {
  return Array.from(new Set(values));
}
