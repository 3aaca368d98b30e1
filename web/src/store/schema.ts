// The workspace's IndexedDB schema: its stores, their records, and the migrations that take
// a database of any earlier version to the current one. Opening runs the steps after the
// stored version, in order, inside the upgrade transaction (all or nothing).
//
// To change the schema: append a step to MIGRATIONS (never edit a released one); the
// version is MIGRATIONS.length. A step may create stores or indexes and rewrite records
// through the transaction it is given. Add a test in schema.test.ts that opens a database
// of the previous version with records in it and checks them after the upgrade.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LocaleSetting } from '../i18n/catalogue.ts';
import type {
  CheckPackageResult, Claim, Contract, CurrencyCode, Decision, DecisionRecord, Issue, IsoDate, KnownOrder, LedgerEntry,
  MoneyString, PercentString, Policy, PreviewAction, Resolution, Rule,
} from '../core/types.ts';

export const DB_NAME = 'cashback-claims';

/** Where a claim is in its life on the publisher's side (issue 13 moves it along). */
export const CLAIM_STATUSES = ['draft', 'ready', 'sent', 'info_requested', 'accepted', 'declined'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Every record that more than one tab may edit carries `rev`: see revisions in workspace.ts. */
export interface Revisioned {
  rev: number;
}

export interface ClaimRecord extends Revisioned {
  /** The page's own key (a UUID): the claim's id may be empty or edited. */
  key: string;
  status: ClaimStatus;
  claim: Claim;
  created_at: string;
  updated_at: string;
  /** Where it came from: typed in the editor, imported from a CSV file, opened from a package. */
  origin: 'editor' | 'csv' | 'package';
  /** When and how the publisher last sent it (status `sent`). */
  sent?: { on: IsoDate; via: SendFormat; file: string };
  /**
   * The advertiser's answer, read from its conversions file (statuses `accepted`,
   * `declined`, `info_requested`). `payout` is what an accepted claim pays the publisher, in
   * `currency` (the claim's payout currency): the member's credit is computed from it
   * (store/credits.ts).
   */
  answer?: {
    decision: Decision;
    /** The day the answer was read in (the as-of day). */
    on: IsoDate;
    payout?: MoneyString | null;
    currency?: CurrencyCode;
    transaction_date?: IsoDate | null;
    decline_reason?: string | null;
    message?: string | null;
  };
}

/** The files a publisher sends claims in (spec sections 8, 10 and 13). */
export const SEND_FORMATS = ['package', 'csv', 'awin', 'impact'] as const;
export type SendFormat = (typeof SEND_FORMATS)[number];
/** The networks whose bulk files the publisher writes (spec section 13). */
export type NetworkFormat = 'awin' | 'impact';

/** A proof file's bytes, stored once per SHA-256 (claims refer to it by digest). */
export interface ProofRecord {
  sha256: string;
  blob: Blob;
  media_type: string;
  size: number;
  /** The name it had when first attached. */
  name: string;
  added_at: string;
}

/** Every setting, by key, with its type. `getSetting` returns DEFAULT_SETTINGS' value when unset. */
export interface Settings {
  locale: LocaleSetting;
  /** The publisher's own identity, put on new claims and packages. */
  publisher: { id: string; name: string };
  /** The program policy per advertiser id; `default` for advertisers without their own. */
  policies: { default: Policy; by_advertiser: Record<string, Policy> };
  /** The advertiser's contract (spec section 5). */
  contract: Contract;
  /** The publisher's share of a payout passed on to the member (percent), or null. */
  member_share: PercentString | null;
  /**
   * The advertiser's account balance, in the contract's currency; `since`: the day it was
   * last set (decisions recorded from that day on are taken from it).
   */
  account: { balance: MoneyString; currency: CurrencyCode; since?: IsoDate };
  /** The advertiser's own claim policy (spec sections 4 and 11: windows, proof, response days). */
  advertiser_policy: Policy;
  /** The advertiser's auto-decide rules, in order (spec section 12). */
  auto_rules: Rule[];
  /** Orders the advertiser already tracked (spec section 4's known_orders). */
  known_orders: KnownOrder[];
  /** Per network, advertiser id → the network's numeric id (spec section 13). */
  network_ids: Record<NetworkFormat, Record<string, string>>;
  /** The currency of members' cashback balances. */
  ledger_currency: CurrencyCode;
}
export type SettingKey = keyof Settings;

export interface SettingRecord<K extends SettingKey = SettingKey> extends Revisioned {
  key: K;
  value: Settings[K];
}

export interface MemberRecord extends Revisioned {
  member: string;
  available: MoneyString;
}

export interface GroupRecord extends Revisioned {
  name: string;
  members: string[];
}

/** One applied ledger entry (the history), newest last; `id` is given by the store. */
export interface LedgerRecord {
  id?: number;
  applied_at: string;
  currency: CurrencyCode;
  entry: LedgerEntry;
  /** The id of the entry this one reverses (members view, "Reverse"); absent otherwise. */
  reverses?: number;
}

/** The advertiser's decision on a claim (or the publisher's record of the answer). */
export interface DecisionStored extends Revisioned {
  claim_id: string;
  decision: DecisionRecord;
  decided_on: IsoDate;
  updated_at: string;
  /** Advertiser: the resolution as the form held it (to open the claim again as it was decided). */
  resolution?: Resolution;
  /** Advertiser: the action an accept creates, as previewed on `decided_on` (payout dates, due on approval). */
  action?: PreviewAction | null;
  /** Advertiser: what left the account on the approval day (0 unless it paid on approval). */
  due_on_approval?: MoneyString;
  /** Advertiser: how it was decided: one claim, several at once, by rules, or from a conversions file. */
  source?: 'person' | 'bulk' | 'rules' | 'file';
}

/** A claim package the advertiser opened, kept with its ZIP so it can be reviewed again. */
export interface PackageRecord extends Revisioned {
  key: string;
  name: string;
  opened_at: string;
  /** The file as it was opened (a ZIP; a CSV file when `kind` is "csv"). */
  zip: Blob;
  /** What was opened: a claim package (absent: "zip") or a claims CSV file. */
  kind?: 'zip' | 'csv';
  /** The verdict when it was opened, so that lists need not unpack it again (absent: open it again). */
  opened?: OpenedFile;
}

/** What an opened file holds, as the core judged it (check_package or import_claims_csv). */
export interface OpenedFile {
  /** SHA-256 of the whole file (the same file opened twice is noticed). */
  sha256: string;
  package: CheckPackageResult['package'];
  claims: Claim[];
  proofs: CheckPackageResult['proofs'];
  /** Every entry of the ZIP but claims.json, with the digest of its bytes. */
  entries: { name: string; size: number; sha256: string }[];
  unpacked_bytes: number;
  issues: Issue[];
}

export interface WorkspaceSchema extends DBSchema {
  claims: { key: string; value: ClaimRecord; indexes: { by_status: ClaimStatus; by_updated: string } };
  proofs: { key: string; value: ProofRecord };
  settings: { key: SettingKey; value: SettingRecord };
  members: { key: string; value: MemberRecord };
  groups: { key: string; value: GroupRecord };
  ledger: { key: number; value: LedgerRecord; indexes: { by_member: string; by_reference: string } };
  decisions: { key: string; value: DecisionStored };
  packages: { key: string; value: PackageRecord };
}
export type StoreName = StoreNames<WorkspaceSchema>;
export const STORE_NAMES: StoreName[] = ['claims', 'proofs', 'settings', 'members', 'groups', 'ledger', 'decisions', 'packages'];

/** The key of a record in its store. */
export const KEY_PATHS: Record<StoreName, string> = {
  claims: 'key', proofs: 'sha256', settings: 'key', members: 'member', groups: 'name', ledger: 'id',
  decisions: 'claim_id', packages: 'key',
};

// The upgrade transaction is typed loosely: a step may touch stores that later versions renamed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UpgradeDb = IDBPDatabase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UpgradeTx = IDBPTransaction<any, any, 'versionchange'>;
export type MigrationStep = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/**
 * Ledger entries by the claim or action they name (`entry.reference`), so that "was this
 * accepted claim credited yet?" is one index lookup, not a read of the whole history.
 * (Entries without a reference are simply not in the index.)
 */
export const LEDGER_BY_REFERENCE: MigrationStep = (_db, tx) => {
  tx.objectStore('ledger').createIndex('by_reference', 'entry.reference');
};

export const MIGRATIONS: MigrationStep[] = [
  // 1: the first schema.
  (db) => {
    const claims = db.createObjectStore('claims', { keyPath: 'key' });
    claims.createIndex('by_status', 'status');
    claims.createIndex('by_updated', 'updated_at');
    db.createObjectStore('proofs', { keyPath: 'sha256' });
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('members', { keyPath: 'member' });
    db.createObjectStore('groups', { keyPath: 'name' });
    const ledger = db.createObjectStore('ledger', { keyPath: 'id', autoIncrement: true });
    ledger.createIndex('by_member', 'entry.member');
    db.createObjectStore('decisions', { keyPath: 'claim_id' });
    db.createObjectStore('packages', { keyPath: 'key' });
  },
  // 2: the ledger's index by reference (the Members view's credits for accepted claims).
  LEDGER_BY_REFERENCE,
  // 3: network ids per network (an advertiser has one id on Awin and another on impact.com);
  // a stored single map becomes both networks' map.
  async (_db, tx) => {
    const settings = tx.objectStore('settings');
    const record = (await settings.get('network_ids')) as { value?: unknown } | undefined;
    if (!record) return;
    const value = record.value;
    const flat = typeof value === 'object' && value !== null && !('awin' in value) && !('impact' in value);
    if (flat) await settings.put({ ...record, value: { awin: { ...value }, impact: { ...value } } });
  },
];
export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs the steps that take `oldVersion` to `newVersion` (idb's upgrade callback). Steps
 * run one after the other; each may be async (record rewrites through `tx`).
 */
export async function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx,
  steps: MigrationStep[] = MIGRATIONS): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No migration to version ${version}.`);
    await step(db, tx);
  }
}
