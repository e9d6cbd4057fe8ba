// What inside an article body is not the article: related-news boxes, share bars, font-size widgets,
// ad slots, tag lists, "Đọc tiếp" trailers. Site adapters add their own selectors; these rules catch
// the common cases on every layer.

import { isAllCaps } from './text';

/**
 * A container (div, ul, section…) whose text is more than this share of link text is a list of links:
 * related news, tags, menus. Article paragraphs with a few inline links stay far below (the link-heavy
 * legal summaries of baochinhphu.vn peak around 0.1).
 */
export const CONTAINER_MAX_LINK_DENSITY = 0.5;

/**
 * A container that opens with a "related news" label is boilerplate once this share of its text is
 * links; a news box in the body ("Hoa nội địa có té nước theo mưa?") has a heading but no links.
 */
export const LABELLED_BOX_MIN_LINK_DENSITY = 0.2;

/** Trailer lines ("Đọc tiếp", "* Mời bạn đọc…") are short; a longer block that starts the same way is prose. */
export const TRAILER_MAX_CHARS = 200;

/**
 * Substrings of class names and ids that mark boilerplate containers. Checked on block-level elements
 * only: inline links inside paragraphs carry classes like "VCCTagItemInNews" that must not hide text.
 * Deliberately no "font-size": baoangiang.com.vn's body wrapper is "content-fck-font-size".
 */
const BOILERPLATE_CLASS =
  /related|relate-|-relate\b|breadcrumb|comment|share|sharing|social|newsletter|readmore|read-more|sendstar|sendreact|bookmark|print|toolbar|tool-bar|banner|advert|adsbygoogle|quangcao|sponsor|adzone|adszone|morenews|more-news|othernews|other-news|tinkhac|tin-khac|lienquan|lien-quan|docthem|xemthem|samecate|same-cate|fontsize|font-box|btn-font|popup|modal/i;

/** Whole tokens (class split on "-", "_", "__") that mark boilerplate: tag lists, ad slots, ratings. */
const BOILERPLATE_TOKENS = new Set(['tag', 'tags', 'ads', 'ad', 'adv', 'qc', 'vote', 'rating', 'keyword', 'keywords']);

export function hasBoilerplateClass(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const id = el.id;
  if (!cls && !id) return false;
  if (BOILERPLATE_CLASS.test(cls) || BOILERPLATE_CLASS.test(id)) return true;
  for (const name of cls.split(/\s+/)) {
    for (const token of name.toLowerCase().split(/[-_]+/)) {
      if (BOILERPLATE_TOKENS.has(token)) return true;
    }
  }
  return false;
}

/** Labels that open a box of other articles. */
const RELATED_LABEL =
  /^(?:tin liên quan|bài liên quan|tin tức liên quan|tham khảo thêm|xem thêm|đọc thêm|tin cùng chuyên mục|cùng chuyên mục|tin khác|các tin khác|các tin đã đưa|có thể bạn quan tâm|bạn có thể quan tâm|có thể bạn muốn xem|đọc nhiều|xem nhiều|tin mới|tin nổi bật|video liên quan)/i;

export function startsWithRelatedLabel(text: string): boolean {
  return RELATED_LABEL.test(text);
}

/** Lines that can only be page furniture, whatever follows them. */
const TRAILER_START =
  /^(?:\*\s*)?(?:đọc tiếp|tin liên quan|bài liên quan|tin tức liên quan|tin cùng chuyên mục|các tin khác|tham khảo thêm|về trang chủ đề|mời (?:bạn|quý) (?:đọc|độc giả|vị)|xem với cỡ chữ|cỡ chữ|từ khóa\s*:|từ khoá\s*:|tags?\s*:|chủ đề\s*:|gửi bình luận|ý kiến bạn đọc|lên đầu trang|in bài viết|bản in|xem bản in|theo dõi .{0,60} trên google news)/i;

/** Words that also open real sentences ("Chia sẻ tại hội nghị…"): furniture only when they are the whole line. */
const TRAILER_WHOLE =
  /^(?:chia sẻ|bình luận(?:\s*\(\d+\))?|\(\d+\)\s*bình luận|xem thêm|đọc thêm|quay lại|trở lại(?: .{0,30})?|in|print|copy link|sao chép liên kết|facebook|zalo|twitter|email|gửi|lưu|a\s*a|a-?\s*a\+?)$/i;

export function isTrailerText(text: string): boolean {
  if (text.length > TRAILER_MAX_CHARS) return false;
  return TRAILER_START.test(text) || TRAILER_WHOLE.test(text.replace(/[.:…]+$/, '').trim());
}

/** Text with no letter or digit ("•", "|", "—") is layout, not content. */
export function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * A credit line closing the article: reporter's name in capitals ("QUỐC TRINH"), agency ("TTXVN"),
 * or "Theo Vietnamnet". Used with position (last lines of the body) and shape checks by the caller.
 */
export const AUTHOR_MAX_CHARS = 60;
/** Names and credits are a few words; "Hà Thu (tổng hợp)" has 4. */
export const AUTHOR_MAX_WORDS = 8;
const CREDIT_START = /^(?:theo|nguồn\s*:?)\s+\S/i;
const AUTHOR_CLASS = /author|tac-?gia|byline|signature|source-?name|nguon/i;
const SENTENCE_END = /[.?!;:,]$/;

export interface AuthorShape {
  text: string;
  isRightAligned: boolean;
  isEmphasised: boolean;
  className: string;
}

export function looksLikeCredit(shape: AuthorShape): boolean {
  const { text } = shape;
  if (text.length === 0 || text.length > AUTHOR_MAX_CHARS) return false;
  if (text.split(' ').length > AUTHOR_MAX_WORDS) return false;
  if (CREDIT_START.test(text)) return true;
  if (SENTENCE_END.test(text)) return false;
  if (isAllCaps(text)) return true;
  if (AUTHOR_CLASS.test(shape.className)) return true;
  return shape.isRightAligned && shape.isEmphasised;
}
