/**
 * A small cache of serialized GET responses, for the embedded database only: there one process owns the data
 * (the DATA_DIR lock), so clearing the cache on every write in this process keeps it exact. With PostgreSQL
 * several processes may write, so the server runs without it.
 *
 * A response computed while a write was under way is not stored (the version moved on), so a reader can never
 * put a stale answer back after the write has cleared the cache.
 */
export class ReadCache<T = string> {
  #entries = new Map<string, { body: T; at: number }>();
  #version = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The version to hand back to `set`; read it before computing the response. */
  get version(): number {
    return this.#version;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-insert to mark it as recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.body;
  }

  set(key: string, body: T, version: number): void {
    if (version !== this.#version) return;
    this.#entries.set(key, { body, at: this.now() });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Forget everything: called when a write starts and when it ends. */
  invalidate(): void {
    this.#version += 1;
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that writes nothing (a calculation): it leaves the read caches as they are. */
    readOnly?: boolean;
  }
}
