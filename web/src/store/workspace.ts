// The workspace: everything the user keeps, in IndexedDB (through idb), shared by every
// tab of the page on this browser.
//
// Several tabs, one workspace: every record that can be edited carries a revision `rev`.
// A write names the revision it started from; inside one transaction the store checks that
// the stored record still has it, writes `rev + 1`, and otherwise refuses with a
// ConflictError that carries the other tab's record (nothing is overwritten unseen). Each
// write is announced on a BroadcastChannel so that other tabs refresh what they show;
// the same tab's other views hear it too. Records are written one by one (a claim, a
// setting, a member), so two tabs working on different claims never meet.
import { openDB, type IDBPDatabase } from 'idb';
import {
  DB_NAME, DB_VERSION, KEY_PATHS, STORE_NAMES, migrate, type ClaimRecord, type ClaimStatus, type MigrationStep,
  type ProofRecord, type Revisioned, type SettingKey, type SettingRecord, type Settings, type StoreName,
  type WorkspaceSchema, MIGRATIONS,
} from './schema.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';
import type { Claim } from '../core/types.ts';

/** Another tab (or another view) wrote the record since this one read it. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly store: StoreName, readonly key: string, readonly current: unknown) {
    super(`The ${store} record "${key}" was changed elsewhere.`);
  }
}

/** The browser refused to store (quota, private mode, a broken database). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(readonly kind: 'quota' | 'unavailable' | 'other', message: string) {
    super(message);
  }
}

/** What a write announces to the other tabs and views. */
export interface Change {
  store: StoreName;
  /** The record's key, or null for a change of many records (import, clear, a bulk write). */
  key: string | number | null;
  /** With key null: the records a bulk write touched, when it says (else: any record may have changed). */
  keys?: string[];
  rev?: number;
  /** The tab that wrote it (its own listeners still hear it). */
  tab: string;
}

type Listener = (change: Change) => void;

export function toStorageError(e: unknown): unknown {
  if (e instanceof ConflictError || e instanceof StorageError) return e;
  const name = (e as { name?: string } | null)?.name;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError') return new StorageError('quota', message);
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') return new StorageError('unavailable', message);
  return e;
}

/** For a UI handler: a StorageError is already shown by the shell's banner; others are bugs. */
export function shownElsewhere(e: unknown): void {
  if (!(e instanceof StorageError) && !(e instanceof ConflictError)) throw e;
}

const now = (): string => new Date().toISOString();
const newKey = (): string => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(16).slice(2)}`);

export interface OpenOptions {
  name?: string;
  /** Test hook: migrations to run instead of the schema's own (to test a future step). */
  migrations?: MigrationStep[];
  /** Test hook: no BroadcastChannel (Node). */
  channel?: { postMessage(m: Change): void; addEventListener(t: 'message', l: (e: MessageEvent<Change>) => void): void; close(): void } | null;
}

export class Workspace {
  readonly tab = newKey();
  #listeners = new Set<Listener>();
  #errorListeners = new Set<(e: StorageError) => void>();
  #upgradeListeners = new Set<() => void>();

  private constructor(
    readonly db: IDBPDatabase<WorkspaceSchema>,
    private readonly channel: OpenOptions['channel'],
  ) {
    channel?.addEventListener('message', (event) => this.#emit(event.data));
    // Another tab opened a newer version of the page: let it upgrade, this tab reloads.
    db.addEventListener('versionchange', () => {
      db.close();
      for (const fn of this.#upgradeListeners) fn();
    });
  }

  static async open(options: OpenOptions = {}): Promise<Workspace> {
    const steps = options.migrations ?? MIGRATIONS;
    let db: IDBPDatabase<WorkspaceSchema>;
    try {
      db = await openDB<WorkspaceSchema>(options.name ?? DB_NAME, steps === MIGRATIONS ? DB_VERSION : steps.length, {
        // idb's upgrade callback is synchronous; the steps queue requests on the transaction.
        upgrade(db, oldVersion, newVersion, tx) {
          // A failed step aborts the upgrade: the database stays at its old version, untouched.
          // (openDB then rejects; the transaction's own rejection is handled here.)
          tx.done.catch(() => undefined);
          migrate(db, oldVersion, newVersion ?? steps.length, tx, steps).catch(() => tx.abort());
        },
      });
    } catch (e) {
      throw toStorageError(e);
    }
    const channel = options.channel !== undefined
      ? options.channel
      : typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${options.name ?? DB_NAME}:changes`) : null;
    return new Workspace(db, channel as OpenOptions['channel']);
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }

  /** Hears every change, from this tab or another; returns the unsubscribe function. */
  onChange(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Hears storage failures (quota), so the shell can show them wherever they happen. */
  onStorageError(fn: (e: StorageError) => void): () => void {
    this.#errorListeners.add(fn);
    return () => this.#errorListeners.delete(fn);
  }

  /** Hears that a newer version of the page upgraded the database: this tab must reload. */
  onUpgradeElsewhere(fn: () => void): () => void {
    this.#upgradeListeners.add(fn);
    return () => this.#upgradeListeners.delete(fn);
  }

  #emit(change: Change): void {
    for (const fn of this.#listeners) fn(change);
  }

  /** Announces a change here and in the other tabs. */
  announce(store: StoreName, key: string | number | null, rev?: number, keys?: string[]): void {
    const change: Change = { store, key, tab: this.tab, ...(rev === undefined ? {} : { rev }), ...(keys ? { keys } : {}) };
    this.#emit(change);
    this.channel?.postMessage(change);
  }

  /** Runs a storage step; a refusal becomes a StorageError, told to the shell, and rethrown. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const error = toStorageError(e);
      if (error instanceof StorageError) for (const fn of this.#errorListeners) fn(error);
      throw error;
    }
  }

  /**
   * Writes a revisioned record if the stored one still has `record.rev` (0: must not exist);
   * stores it with rev + 1 and returns it. Otherwise throws ConflictError with the stored one.
   */
  async writeRevisioned<S extends 'claims' | 'settings' | 'members' | 'groups' | 'decisions' | 'packages'>(
    store: S, record: WorkspaceSchema[S]['value'] & Revisioned, options: { force?: boolean } = {},
  ): Promise<WorkspaceSchema[S]['value']> {
    const keyPath = KEY_PATHS[store];
    const key = (record as unknown as Record<string, string>)[keyPath] as string;
    const saved = await this.guard(async () => {
      const tx = this.db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      const current = (await os.get(key as never)) as Revisioned | undefined;
      if (!options.force && (current?.rev ?? 0) !== record.rev) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new ConflictError(store, key, current);
      }
      const next = { ...record, rev: (current?.rev ?? 0) + 1 };
      await os.put(next as never);
      await tx.done;
      return next;
    });
    this.announce(store, key, saved.rev);
    return saved;
  }

  /** Deletes a record (the caller offers an undo by writing it back). */
  async remove(store: StoreName, key: string | number): Promise<void> {
    await this.guard(() => this.db.delete(store, key as never));
    this.announce(store, key);
  }

  // ------------------------------------------------------------ claims

  async listClaims(): Promise<ClaimRecord[]> {
    const all = await this.guard(() => this.db.getAllFromIndex('claims', 'by_updated'));
    return all.reverse();
  }

  getClaim(key: string): Promise<ClaimRecord | undefined> {
    return this.guard(() => this.db.get('claims', key));
  }

  /** A new claim record (not yet stored: save it with saveClaim). */
  newClaim(claim: Claim, origin: ClaimRecord['origin'] = 'editor'): ClaimRecord {
    const time = now();
    return { key: newKey(), rev: 0, status: 'draft', claim, created_at: time, updated_at: time, origin };
  }

  /** Saves a claim from the revision it was read at; ConflictError when another tab saved first. */
  saveClaim(record: ClaimRecord, options: { force?: boolean } = {}): Promise<ClaimRecord> {
    return this.writeRevisioned('claims', { ...record, updated_at: now() }, options);
  }

  setClaimStatus(record: ClaimRecord, status: ClaimStatus): Promise<ClaimRecord> {
    return this.saveClaim({ ...record, status });
  }

  /** Claims by key, in the order asked (undefined for a key that is not stored). */
  async getClaims(keys: readonly string[]): Promise<(ClaimRecord | undefined)[]> {
    return this.guard(async () => {
      const tx = this.db.transaction('claims', 'readonly');
      const found = await Promise.all(keys.map((key) => tx.store.get(key)));
      await tx.done;
      return found;
    });
  }

  /**
   * Stores many new claims (an import): `chunk` records per transaction, so that a large
   * import shows progress and a refusal (quota) loses at most one chunk, which is reported.
   * Announced once, as a change of many records. Their `created_at` are one millisecond
   * apart, in the order given, so that lists in creation order keep it (a file's order).
   */
  async addClaims(records: readonly ClaimRecord[], progress?: (done: number, total: number) => void, chunk = 2000): Promise<ClaimRecord[]> {
    const start = Date.now();
    const time = new Date(start).toISOString();
    const stored = records.map((r, i) => ({ ...r, rev: 1, created_at: new Date(start + i).toISOString(), updated_at: time }));
    try {
      for (let start = 0; start < stored.length; start += chunk) {
        await this.guard(async () => {
          const tx = this.db.transaction('claims', 'readwrite');
          for (const record of stored.slice(start, start + chunk)) void tx.store.add(record);
          await tx.done;
        });
        progress?.(Math.min(start + chunk, stored.length), stored.length);
      }
    } finally {
      this.announce('claims', null, undefined, stored.length <= 5000 ? stored.map((r) => r.key) : undefined);
    }
    return stored;
  }

  /**
   * Changes many stored claims in one transaction: `update` gets each record as stored and
   * returns the new one (or null to leave it). Each written record gets rev + 1, so an
   * editor holding an older revision sees a conflict rather than overwriting it. Returns
   * the records as they were before (for an undo) and as written.
   */
  async updateClaims(keys: readonly string[], update: (record: ClaimRecord) => ClaimRecord | null): Promise<{ before: ClaimRecord[]; after: ClaimRecord[] }> {
    const time = now();
    const before: ClaimRecord[] = [];
    const after: ClaimRecord[] = [];
    await this.guard(async () => {
      const tx = this.db.transaction('claims', 'readwrite');
      for (const key of keys) {
        const current = await tx.store.get(key);
        if (!current) continue;
        const next = update(current);
        if (!next) continue;
        const written = { ...next, key: current.key, rev: current.rev + 1, updated_at: time };
        void tx.store.put(written);
        before.push(current);
        after.push(written);
      }
      await tx.done;
    });
    if (after.length) this.announce('claims', null, undefined, after.length <= 5000 ? after.map((r) => r.key) : undefined);
    return { before, after };
  }

  // ------------------------------------------------------------ proofs

  /** Stores a proof's bytes once per digest; an existing one is kept as it is. */
  async putProof(proof: Omit<ProofRecord, 'added_at'>): Promise<void> {
    await this.guard(async () => {
      const tx = this.db.transaction('proofs', 'readwrite');
      if (!(await tx.store.getKey(proof.sha256))) await tx.store.put({ ...proof, added_at: now() });
      await tx.done;
    });
    this.announce('proofs', proof.sha256);
  }

  getProof(sha256: string): Promise<ProofRecord | undefined> {
    return this.guard(() => this.db.get('proofs', sha256));
  }

  // ------------------------------------------------------------ settings

  /** A setting's record (value and revision), or the default at revision 0. */
  async getSettingRecord<K extends SettingKey>(key: K): Promise<SettingRecord<K>> {
    const stored = (await this.guard(() => this.db.get('settings', key))) as SettingRecord<K> | undefined;
    return stored ?? { key, rev: 0, value: structuredClone(DEFAULT_SETTINGS[key]) };
  }

  async getSetting<K extends SettingKey>(key: K): Promise<Settings[K]> {
    return (await this.getSettingRecord(key)).value;
  }

  /** Writes a setting from the revision it was read at (ConflictError otherwise). */
  saveSetting<K extends SettingKey>(record: SettingRecord<K>, options: { force?: boolean } = {}): Promise<SettingRecord<K>> {
    return this.writeRevisioned('settings', record as SettingRecord, options) as Promise<SettingRecord<K>>;
  }

  /** Sets a setting whatever its revision (for single-value choices such as the language). */
  async setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const current = await this.getSettingRecord(key);
    await this.saveSetting({ ...current, value }, { force: true });
  }

  // ------------------------------------------------------------ whole store

  /** How much the browser lets this origin keep, when it says. */
  static async estimate(): Promise<{ usage: number; quota: number } | null> {
    const e = await globalThis.navigator?.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
  }

  /** Every record of every store (for the workspace export). */
  async dumpAll(): Promise<Record<StoreName, unknown[]>> {
    const out = {} as Record<StoreName, unknown[]>;
    await this.guard(async () => {
      const tx = this.db.transaction(STORE_NAMES, 'readonly');
      for (const name of STORE_NAMES) out[name] = await tx.objectStore(name).getAll();
      await tx.done;
    });
    return out;
  }

  /** Replaces every store's records in one transaction (all or nothing), then tells every tab. */
  async replaceAll(records: Record<StoreName, unknown[]>): Promise<void> {
    await this.guard(async () => {
      const tx = this.db.transaction(STORE_NAMES, 'readwrite');
      for (const name of STORE_NAMES) {
        const os = tx.objectStore(name);
        await os.clear();
        for (const record of records[name] ?? []) await os.put(record as never);
      }
      await tx.done;
    });
    for (const name of STORE_NAMES) this.announce(name, null);
  }
}
