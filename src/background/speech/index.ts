// Read-aloud in the background: the port router and its engines, wired to the browser. Chrome: chrome.tts for
// browser voices, the offscreen document for the built-in voice. Firefox: speechSynthesis and the built-in voice
// both in this background page. Installed by one import in ../index.ts.
import { browser, type Runtime } from '../../shared/browser';
import { SPEECH_PORT_NAME, type SpeechEvent } from '../../shared/speech-messages';
import { VOICE_HOST_PORT_NAME } from '../../voice/protocol';
import { ChromeTtsEngine, chromeTts } from './chrome-tts';
import type { BrowserEngine, BuiltinHost } from './engines';
import { LocalHost } from './local-host';
import { OFFSCREEN_PATH, OffscreenHost, chromeOffscreen } from './offscreen-host';
import { SpeechRouter, type SpeechPort } from './router';
import { WebSpeechEngine } from './web-speech';

// Engines report to the router, which is made after them (the closure reads it when an event comes).
const forward = (utterance: number, event: SpeechEvent): void => router.onEngineEvent(utterance, event);

const offscreen = chromeOffscreen();
const offscreenHost = offscreen !== undefined ? new OffscreenHost(offscreen, forward) : undefined;
const tts = chromeTts();

function builtinHost(): BuiltinHost | undefined {
  if (offscreenHost !== undefined) return offscreenHost;
  // Firefox: a background page with a DOM (a Chrome service worker has neither AudioContext nor offscreen here).
  return typeof AudioContext === 'function' && typeof Worker === 'function' ? new LocalHost(forward) : undefined;
}

function browserEngine(): BrowserEngine | undefined {
  if (tts !== undefined) return new ChromeTtsEngine(tts, forward);
  if (typeof speechSynthesis !== 'undefined') return new WebSpeechEngine(speechSynthesis, forward);
  return undefined;
}

const host = builtinHost();
const router = new SpeechRouter(host, browserEngine());

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name === SPEECH_PORT_NAME) {
    router.connect(port as unknown as SpeechPort);
  } else if (port.name === VOICE_HOST_PORT_NAME && offscreenHost !== undefined) {
    // Only our offscreen document may be the voice host.
    if (port.sender?.url?.startsWith(browser.runtime.getURL(OFFSCREEN_PATH)) === true) offscreenHost.attach(port);
    else port.disconnect();
  }
});
