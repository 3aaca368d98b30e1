// The claim draft, kept in this browser's localStorage so it survives a reload.
// Stored: the form's values, the policy fields and each attachment's metadata (name,
// media type, size, SHA-256, kind) — not the files' bytes, which stay on the user's disk.

const KEY = 'cashback-claims:claim-draft:v1';

/**
 * @typedef {{name: string, media_type: string, size: number, sha256: string, kind: string}} AttachmentMeta
 * @typedef {{fields: Record<string, string>, policy: Record<string, string>,
 *            attachments: AttachmentMeta[], saved_at: string}} Draft
 */

/** @returns {Draft | null} */
export function loadDraft(storage = globalThis.localStorage) {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return null;
    const draft = JSON.parse(text);
    if (typeof draft !== 'object' || draft === null) return null;
    return {
      fields: stringRecord(draft.fields),
      policy: stringRecord(draft.policy),
      attachments: Array.isArray(draft.attachments) ? draft.attachments.filter(isAttachment) : [],
      saved_at: typeof draft.saved_at === 'string' ? draft.saved_at : '',
    };
  } catch {
    return null; // storage disabled or a damaged entry: start from an empty form
  }
}

/** Saves the draft; returns false when the browser refuses (private mode, quota). */
export function saveDraft(draft, storage = globalThis.localStorage) {
  try {
    storage.setItem(KEY, JSON.stringify({ ...draft, saved_at: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage = globalThis.localStorage) {
  try { storage.removeItem(KEY); } catch { /* nothing stored */ }
}

function stringRecord(value) {
  const out = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function isAttachment(a) {
  return typeof a === 'object' && a !== null && typeof a.name === 'string'
    && typeof a.media_type === 'string' && typeof a.size === 'number'
    && typeof a.sha256 === 'string' && typeof a.kind === 'string';
}
