// The whole workspace as one file, to move it to another browser or keep a copy: a ZIP
// holding workspace.json (every record of every store, Blobs left out) and each Blob as
// its own entry (proofs/<sha256>, packages/<key>). Importing replaces the workspace in one
// transaction, after the page asked the user to confirm.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DB_VERSION, STORE_NAMES, type PackageRecord, type ProofRecord, type StoreName } from './schema.ts';
import type { Workspace } from './workspace.ts';

export const BACKUP_FORMAT = 'cashback-claims-workspace';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  /** The schema version the records are in. */
  version: number;
  exported_at: string;
  stores: Record<StoreName, unknown[]>;
}

/** Why an import was refused: shown to the user in their language by the caller. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(readonly reason: 'not_zip' | 'not_workspace' | 'newer_version' | 'damaged', message: string) {
    super(message);
  }
}

const proofEntry = (sha256: string): string => `proofs/${sha256}`;
const packageEntry = (key: string): string => `packages/${key}`;

/** The workspace as a ZIP Blob. Blobs are stored uncompressed (proofs are PDFs and images). */
export async function exportWorkspace(workspace: Workspace, exportedAt: string = new Date().toISOString()): Promise<Blob> {
  const stores = await workspace.dumpAll();
  const files: Zippable = {};
  const proofs = stores.proofs as ProofRecord[];
  for (const p of proofs) files[proofEntry(p.sha256)] = [new Uint8Array(await p.blob.arrayBuffer()), { level: 0 }];
  const packages = stores.packages as PackageRecord[];
  for (const p of packages) files[packageEntry(p.key)] = [new Uint8Array(await p.zip.arrayBuffer()), { level: 0 }];
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: DB_VERSION,
    exported_at: exportedAt,
    stores: {
      ...stores,
      proofs: proofs.map(({ blob: _blob, ...rest }) => rest),
      packages: packages.map(({ zip: _zip, ...rest }) => rest),
    },
  };
  files['workspace.json'] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return new Blob([zipSync(files) as BlobPart], { type: 'application/zip' });
}

/** Reads a workspace file and checks it, without touching the store. */
export async function readBackup(file: Blob): Promise<{ manifest: BackupManifest; records: Record<StoreName, unknown[]> }> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    throw new BackupError('not_zip', `Not a ZIP file: ${e instanceof Error ? e.message : String(e)}`);
  }
  const json = entries['workspace.json'];
  if (!json) throw new BackupError('not_workspace', 'The file has no workspace.json.');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(strFromU8(json)) as BackupManifest;
  } catch {
    throw new BackupError('damaged', 'workspace.json is not JSON.');
  }
  if (manifest?.format !== BACKUP_FORMAT || typeof manifest.stores !== 'object' || manifest.stores === null) {
    throw new BackupError('not_workspace', 'workspace.json is not a workspace export.');
  }
  if (!Number.isInteger(manifest.version) || manifest.version > DB_VERSION) {
    throw new BackupError('newer_version', `The file is of version ${manifest.version}; this page reads up to ${DB_VERSION}.`);
  }
  const records = {} as Record<StoreName, unknown[]>;
  for (const name of STORE_NAMES) {
    const list = manifest.stores[name] ?? [];
    if (!Array.isArray(list)) throw new BackupError('damaged', `The ${name} list is not an array.`);
    records[name] = list;
  }
  records.proofs = (records.proofs as Omit<ProofRecord, 'blob'>[]).map((p) => {
    const bytes = entries[proofEntry(p.sha256)];
    if (!bytes) throw new BackupError('damaged', `The proof ${p.sha256} is missing from the file.`);
    return { ...p, blob: new Blob([bytes as BlobPart], { type: p.media_type }) };
  });
  records.packages = (records.packages as Omit<PackageRecord, 'zip'>[]).map((p) => {
    const bytes = entries[packageEntry(p.key)];
    if (!bytes) throw new BackupError('damaged', `The package ${p.key} is missing from the file.`);
    return { ...p, zip: new Blob([bytes as BlobPart], { type: 'application/zip' }) };
  });
  // Records of an older schema version would be migrated here, step by step, when a
  // later version changes record shapes (none has yet: version 1 is the first).
  return { manifest, records };
}

/** Replaces the workspace with the file's records (after the user confirmed). */
export async function importWorkspace(workspace: Workspace, file: Blob): Promise<BackupManifest> {
  const { manifest, records } = await readBackup(file);
  await workspace.replaceAll(records);
  return manifest;
}
