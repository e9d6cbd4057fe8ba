// What each sender may change: the background's allow-list, a pure function of the sender, the message and the
// settings (src/background/index.ts applies it). Every message is first checked for shape and size whoever sent
// it (shared/settings/check.ts, shared/dictionary.ts); then:
//
//   sender                      settings/apply                                site/*   dictionary/apply
//   popup, options page         every setting this version knows             yes      add, put, delete, import
//   content script, top frame   its own site's look (host from sender.url),  no       add a new acronym (typed by
//   of a page where Dễ Đọc      the toolbar, the summary length, read-aloud's         the reader), rate-limited
//   runs                        voice, rates and captions
//   anyone else                 nothing                                      no       nothing
//
// A page's script cannot reach the background at all; what it can do is steer our content script (synthetic
// events, DOM changes), which the content script answers only for trusted user actions. These rules bound what a
// content script can do even so — or one in a compromised renderer: its own site's look, the toolbar, the
// summary length, and new dictionary entries at a limited rate. It can never switch sites, revoke permissions,
// change other sites, defaults or features, replace or delete the user's entries, or write unknown keys.
import { isSiteActive, applySettingsOps, SITE_FIELDS, type Settings, type SettingsOp } from '../shared/settings';
import { checkSettingsOps } from '../shared/settings/check';
import { DictionaryError, checkDictionaryChange, type DictionaryChange } from '../shared/dictionary';
import type { Sender } from './senders';

/** Changes in one settings message: a full reset of a site's look is 9; a page sends one or two. */
export const MAX_OPS_PER_CHANGE = 64;
/** Sites with values of their own: far more than anyone sets by hand, few enough to keep storage small. */
export const MAX_SITES = 2_000;
/** New dictionary entries pages may add per minute, all tabs together (a reader types far fewer). */
export const MAX_PAGE_ADDS_PER_MINUTE = 10;

/** The per-site fields a page may change: its look. Switching the site off is the popup's (site/disable). */
const PAGE_SITE_FIELDS: ReadonlySet<string> = new Set([...SITE_FIELDS].filter((field) => field !== 'enabled'));

function refuse(reason: string): never {
  throw new Error(`settings change refused: ${reason}`);
}

/** Whether a page of `host` may make this (already shape-checked) change. */
function isPageOp(op: SettingsOp, host: string): boolean {
  const [head, key, field] = op.path;
  if (head === 'summaryLength') return !op.isDelete;
  if (head === 'toolbar') return !op.isDelete;
  // The player in the page: the reader's voice, rate and captions choices.
  if (head === 'speech') return !op.isDelete;
  if (head !== 'sites' || key !== host) return false;
  if (field !== undefined) return PAGE_SITE_FIELDS.has(field);
  // The whole entry of its site: only when it names look fields (a delete would also drop "switched off").
  return !op.isDelete && typeof op.value === 'object' && op.value !== null && Object.keys(op.value).every((f) => PAGE_SITE_FIELDS.has(f));
}

/**
 * The ops of a settings/apply message that `sender` may make, or a refusal ("settings change refused: …").
 * All or nothing: one op that is not allowed refuses the message.
 */
export function checkSettingsChange(sender: Sender | null, rawOps: unknown, settings: Settings): SettingsOp[] {
  if (!sender) refuse('unknown sender');
  if (Array.isArray(rawOps) && rawOps.length > MAX_OPS_PER_CHANGE) refuse(`too many changes (${rawOps.length}, at most ${MAX_OPS_PER_CHANGE})`);
  const ops = checkSettingsOps(rawOps);
  if (sender.kind === 'page') {
    if (!isSiteActive(settings, sender.host)) refuse(`Dễ Đọc does not run on ${sender.host}`);
    const denied = ops.find((op) => !isPageOp(op, sender.host));
    if (denied) refuse(`a page of ${sender.host} may not change ${denied.path.join('.').slice(0, 80)}`);
  }
  const before = Object.keys(settings.sites).length;
  const after = Object.keys(applySettingsOps(settings, ops).sites).length;
  if (after > before && after > MAX_SITES) refuse(`too many sites with their own settings (at most ${MAX_SITES})`);
  return ops;
}

/** site/enable, site/disable and site/status: the user's own controls only. */
export function checkSiteChange(sender: Sender | null): void {
  if (sender?.kind !== 'extension-page') throw new Error('site change refused: only the popup and the options page switch sites');
}

/** Counts the dictionary entries pages added in the last minute. */
export class RateLimit {
  private times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** True, and counted, when one more fits in the window ending now. */
  take(now = Date.now()): boolean {
    // A time after now means the clock went back: forget it rather than block for as long as it went back.
    this.times = this.times.filter((t) => t <= now && now - t < this.windowMs);
    if (this.times.length >= this.max) return false;
    this.times.push(now);
    return true;
  }
}

/**
 * The dictionary change `sender` may make, or a DictionaryError. A page may only add a new acronym, where Dễ Đọc
 * runs, at a limited rate; the content script sends it only after the reader typed it and pressed Save.
 */
export function checkDictionaryChangeFrom(sender: Sender | null, change: unknown, settings: Settings, pageAdds: RateLimit): DictionaryChange {
  if (!sender) throw new DictionaryError('not-allowed', 'unknown sender');
  const checked = checkDictionaryChange(change);
  if (sender.kind === 'extension-page') return checked;
  if (checked.kind !== 'add') throw new DictionaryError('not-allowed', `a page may only add an acronym, not ${checked.kind}`);
  if (!isSiteActive(settings, sender.host)) throw new DictionaryError('not-allowed', `Dễ Đọc does not run on ${sender.host}`);
  if (!pageAdds.take()) throw new DictionaryError('not-allowed', 'too many additions from pages; try again in a minute');
  return checked;
}
