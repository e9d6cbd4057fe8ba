// The built-in voice in Firefox: the Worker and the AudioContext live in the background page itself (Firefox MV3
// keeps an event page with a DOM; it stays alive while a client's port is open).
import { VoiceHost } from '../../voice/host';
import type { HostCommand, HostStats } from '../../voice/protocol';
import type { BuiltinHost, EngineListener } from './engines';

export class LocalHost implements BuiltinHost {
  readonly stats = new Map<number, HostStats>();
  private readonly host: VoiceHost;

  constructor(listener: EngineListener) {
    this.host = new VoiceHost({
      emit: (message) => {
        if (message.type === 'stats') {
          this.stats.set(message.utterance, { ...this.stats.get(message.utterance), ...message.stats });
          if (this.stats.size > 50) this.stats.delete(this.stats.keys().next().value!);
        } else {
          listener(message.utterance, message.event);
        }
      },
    });
  }

  send(command: HostCommand): void {
    this.host.handle(command);
  }
}
