// Chrome's offscreen document (reasons AUDIO_PLAYBACK and WORKERS): the built-in voice's host, because an MV3
// service worker can neither play audio nor keep an AudioContext. It opens a port to the background as it loads
// and does what the background says on it; the background closes the document after ~30 s of silence. When the
// port goes (the service worker stopped), nothing can reach it any more: it closes itself.
import { browser } from '../shared/browser';
import { VoiceHost } from '../voice/host';
import { VOICE_HOST_PORT_NAME, type HostCommand, type HostMessage } from '../voice/protocol';

const port = browser.runtime.connect({ name: VOICE_HOST_PORT_NAME });
const host = new VoiceHost({
  emit(message: HostMessage) {
    port.postMessage(message);
  },
});
// Made for a speak that is on its way: load the voice while the port connects.
host.prepare();
port.onMessage.addListener((message: unknown) => {
  host.handle(message as HostCommand);
});
port.onDisconnect.addListener(() => {
  host.close();
  window.close();
});
