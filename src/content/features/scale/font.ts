// The bundled legible font (Be Vietnam Pro) where the early-paint sheet did not bring it: on the reader's first
// choice of it on a site (no registration yet), and on pages whose Content-Security-Policy forbids the data: fonts
// of that sheet (scale/font.css). The background reads the font's files from the package and sends their bytes;
// they go to the page as FontFace objects made from those bytes. So no file of ours is web-accessible and no
// extension URL is anywhere the page can read it (a Firefox extension URL carries the per-install UUID, which
// would follow the reader from site to site); a FontFace made from bytes is not subject to the page's policy.
import { sendMessage, type FontFaceData } from '../../../shared/messages';
import { LEGIBLE_FONT_FAMILY } from '../../../shared/settings/scale';

/** Lets the page run between two faces (each decodes a font file). A timer, not the article bundle's scheduler: the
 *  text-size bundle loads on pages without an article too, where that bundle is not. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Text with a Latin and a Vietnamese letter: asks for both subsets of the family. */
const PROBE_TEXT = 'aĐ';

function decodeBase64(base64: string): ArrayBuffer {
  const withNative = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  if (typeof withNative.fromBase64 === 'function') return withNative.fromBase64(base64).buffer as ArrayBuffer;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export class LegibleFont {
  private faces: FontFace[] = [];
  private loading: Promise<void> | null = null;
  /** Counts removals: a load that started before one adds nothing after it. */
  private generation = 0;

  constructor(private readonly doc: Document) {}

  /** Makes the family drawable (once; later calls return at once). Failures are logged, never thrown. */
  ensure(): void {
    if (this.loading) return;
    const generation = this.generation;
    this.loading = this.load(generation).catch((error: unknown) => {
      if (generation === this.generation) this.loading = null;
      console.warn('[Dễ Đọc] scale: the legible font could not be loaded', error);
    });
  }

  /** Takes our faces out of the page's font set. */
  remove(): void {
    this.generation++;
    for (const face of this.faces) this.doc.fonts.delete(face);
    this.faces = [];
    this.loading = null;
  }

  /** Whether the early-paint sheet's faces are there and load (not refused by the page's policy). */
  private async hasSheetFaces(): Promise<boolean> {
    try {
      const faces = await this.doc.fonts.load(`16px "${LEGIBLE_FONT_FAMILY}"`, PROBE_TEXT);
      return faces.length > 0 && faces.every((face) => face.status === 'loaded');
    } catch {
      return false;
    }
  }

  private async load(generation: number): Promise<void> {
    if (await this.hasSheetFaces()) return;
    const { faces } = await sendMessage('scale/font', {});
    const view = this.doc.defaultView;
    if (!view) return;
    for (const data of faces as FontFaceData[]) {
      if (generation !== this.generation) return;
      // Each face is parsed when it is made (a few milliseconds): one a task, so none makes a long one.
      const face = new view.FontFace(LEGIBLE_FONT_FAMILY, decodeBase64(data.base64), {
        weight: String(data.weight),
        style: data.style,
        unicodeRange: data.unicodeRange,
        display: 'fallback',
      });
      this.doc.fonts.add(face);
      this.faces.push(face);
      await yieldToPage();
    }
  }
}
