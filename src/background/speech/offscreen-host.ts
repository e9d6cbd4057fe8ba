// The built-in voice in Chrome: the offscreen document (src/offscreen) holds the Worker and the AudioContext. It
// is created on the first speak, talks over a port it opens to us, and is closed after IDLE_CLOSE_MS of silence.
import type { Runtime } from '../../shared/browser';
import type { HostCommand, HostMessage, HostStats } from '../../voice/protocol';
import type { BuiltinHost, EngineListener } from './engines';

export const OFFSCREEN_PATH = 'src/offscreen/index.html';
export const IDLE_CLOSE_MS = 30_000;
/** The document must connect this soon after it was created. */
const CONNECT_TIMEOUT_MS = 10_000;

export interface ChromeOffscreen {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export function chromeOffscreen(): ChromeOffscreen | undefined {
  return (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
}

export class OffscreenHost implements BuiltinHost {
  readonly stats = new Map<number, HostStats>();
  private port: Runtime.Port | undefined;
  private waiting: ((port: Runtime.Port) => void)[] = [];
  private queue: Promise<void> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private isSpeaking = false;

  constructor(
    private readonly offscreen: ChromeOffscreen,
    private readonly listener: EngineListener,
  ) {}

  /** The offscreen document connected (runtime.onConnect, port name VOICE_HOST_PORT_NAME). */
  attach(port: Runtime.Port): void {
    this.port = port;
    port.onMessage.addListener((raw: unknown) => this.onMessage(raw as HostMessage));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = undefined;
    });
    for (const resolve of this.waiting.splice(0)) resolve(port);
  }

  send(command: HostCommand): void {
    clearTimeout(this.idleTimer);
    if (command.type === 'speak') this.isSpeaking = true;
    if (command.type === 'stop') this.idleSoon();
    this.queue = this.queue
      .then(async () => {
        // Stopping or pausing a document that is not there needs nothing.
        if (command.type !== 'speak' && this.port === undefined) return;
        const port = await this.ready();
        port.postMessage(command);
      })
      .catch((error: unknown) => {
        if (command.type === 'speak') {
          this.isSpeaking = false;
          this.listener(command.utterance, {
            type: 'error',
            code: 'synthesis-failed',
            message: `the voice host did not start: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      });
  }

  private async ready(): Promise<Runtime.Port> {
    if (this.port !== undefined) return this.port;
    const connected = new Promise<Runtime.Port>((resolve, reject) => {
      this.waiting.push(resolve);
      setTimeout(() => reject(new Error('the offscreen document did not connect')), CONNECT_TIMEOUT_MS);
    });
    // Failing before the document connects must not leave this promise rejected with no one awaiting it.
    connected.catch(() => undefined);
    // A document without a port (this service worker restarted since it was made) can no longer be reached.
    if ((await this.offscreen.hasDocument?.().catch(() => false)) === true) await this.offscreen.closeDocument().catch(() => undefined);
    await this.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['AUDIO_PLAYBACK', 'WORKERS'],
      justification: 'Dễ Đọc reads the article aloud with its built-in Vietnamese voice.',
    });
    return connected;
  }

  private onMessage(message: HostMessage): void {
    if (message.type === 'stats') {
      this.stats.set(message.utterance, { ...this.stats.get(message.utterance), ...message.stats });
      if (this.stats.size > 50) this.stats.delete(this.stats.keys().next().value!);
      return;
    }
    if (message.event.type === 'end' || message.event.type === 'error') {
      this.isSpeaking = false;
      this.idleSoon();
    }
    this.listener(message.utterance, message.event);
  }

  /** Closes the document after a while with nothing to say. */
  private idleSoon(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.isSpeaking && this.port !== undefined) return;
      this.queue = this.queue.then(async () => {
        this.port?.disconnect();
        this.port = undefined;
        await this.offscreen.closeDocument().catch(() => undefined);
      });
    }, IDLE_CLOSE_MS);
  }
}
