// Boot's side of loading bundles (src/shared/content-bundles.ts): asks the background to inject them into this frame's
// content-script world (features/load → scripting.executeScript with the bundles' files). Requests go one at a
// time, so that a bundle always arrives after the bundles it needs; requests made while one is on its way travel
// together in the next one (one message, one injection). Each bundle is asked for once per page.
import { bundleOrder, type BundleId } from '../shared/bundle-order';

export type InjectBundles = (bundles: BundleId[]) => Promise<void>;

export class BundleLoader {
  private readonly loaded = new Set<BundleId>();
  private readonly waiting = new Map<BundleId, Promise<void>>();
  private next: { ids: BundleId[]; done: Promise<void>; start(): void } | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly inject: InjectBundles) {}

  isLoaded(id: BundleId): boolean {
    return this.loaded.has(id);
  }

  /** Resolves once `ids` and everything they need are in this frame's content-script world. */
  load(ids: readonly BundleId[]): Promise<void> {
    const missing = bundleOrder(ids).filter((id) => !this.loaded.has(id));
    const pending = missing.filter((id) => this.waiting.has(id)).map((id) => this.waiting.get(id)!);
    const fresh = missing.filter((id) => !this.waiting.has(id));
    if (fresh.length > 0) {
      const batch = this.batch();
      for (const id of fresh) {
        batch.ids.push(id);
        this.waiting.set(id, batch.done);
      }
    }
    return Promise.all([...pending, ...fresh.map((id) => this.waiting.get(id)!)]).then(() => undefined);
  }

  /** The request that goes out after the one in flight (made now if there is none yet). */
  private batch(): { ids: BundleId[]; done: Promise<void> } {
    if (this.next) return this.next;
    let start!: () => void;
    const ids: BundleId[] = [];
    const done = new Promise<void>((resolve, reject) => {
      start = () => {
        if (this.next?.ids === ids) this.next = null;
        // In dependency order across everything asked for meanwhile, without what arrived since.
        const order = bundleOrder(ids).filter((id) => !this.loaded.has(id));
        this.inject(order).then(
          () => {
            for (const id of order) this.loaded.add(id);
            for (const id of ids) this.waiting.delete(id);
            resolve();
          },
          (error: unknown) => {
            // Asked again later (a settings change, a new article), they get a new try.
            for (const id of ids) this.waiting.delete(id);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      };
    });
    // A failed request must not keep the next one waiting.
    const previous = this.inFlight;
    this.inFlight = done.catch(() => undefined);
    this.next = { ids, done, start };
    // After the request in flight, and after the current task, so that what is asked for together goes together.
    void previous.then(() => queueMicrotask(start));
    return this.next;
  }
}
