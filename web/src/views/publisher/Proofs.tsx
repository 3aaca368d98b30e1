// A claim's proof files. Each picked file is typed from its first bytes by the core
// (sniff_media_type, never the name), fingerprinted (SHA-256, in the worker) and its bytes
// stored in the workspace (proofs, keyed by digest), so a package can be built later.
// The claim keeps {name, media_type, size, sha256, kind}. Removing offers an undo.
import { useId, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { headBase64 } from '../../core/client.ts';
import type { Attachment, AttachmentKind, Claim, Issue } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatSize } from '../../format/numbers.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { guessKind } from './claimFields.ts';

const KINDS: AttachmentKind[] = ['order_confirmation', 'invoice', 'screenshot', 'other'];

export function Proofs({ claim, issues, onChange }: { claim: Claim; issues: Issue[]; onChange: (a: Attachment[]) => void }) {
  const { core, workspace, notify } = useApp();
  const { m, tag } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const inputId = useId();
  const attachments = claim.attachments ?? [];

  async function add(files: File[]) {
    setBusy(true);
    setFailure(null);
    const added: Attachment[] = [];
    try {
      for (const file of files) {
        const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
        const { media_type } = await core.call('sniff_media_type', { head: headBase64(head) });
        const { digests } = await core.task('sha256', { blobs: [file] });
        const sha256 = digests[0] ?? '';
        await workspace.putProof({ sha256, blob: file, media_type, size: file.size, name: file.name });
        added.push({ name: file.name, media_type, size: file.size, sha256, kind: guessKind(media_type) });
      }
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
    if (added.length) onChange([...attachments, ...added]);
  }

  function remove(index: number) {
    const before = attachments;
    const gone = before[index];
    onChange(before.filter((_, i) => i !== index));
    if (gone) notify({ text: m.publisher.proofRemoved(gone.name), undo: () => onChange(before) });
  }

  return (
    <fieldset class="proofs" data-field="/attachments">
      <legend>{m.publisher.groups.proofs}</legend>
      <p class="note">{m.publisher.proofNote}</p>
      <input id={inputId} type="file" multiple class="file-input" data-field="attach-input"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const files = Array.from(input.files ?? []);
          input.value = '';
          if (files.length) void add(files);
        }} />
      <label class="file-pick" for={inputId}>{m.publisher.attach}</label>
      {busy ? <p role="status">{m.publisher.reading}</p> : null}
      {failure ? <p class="issue" data-severity="error" role="alert">{m.publisher.attachFailed} <small class="issue-details">{failure}</small></p> : null}
      {attachments.length ? (
        <ul class="attachments">
          {attachments.map((a, index) => (
            <li key={`${a.sha256}-${index}`} class="attachment">
              <span class="name">{a.name}</span>
              <span class="size">{formatSize(a.size, tag)}</span>
              <span class="type">{a.media_type}</span>
              <code class="digest" title={a.sha256}>{a.sha256}</code>
              <label class="kind">
                <span class="visually-hidden">{m.publisher.kindOf(a.name)}</span>
                <select value={a.kind} onChange={(e) => onChange(attachments.map((x, i) => (i === index ? { ...x, kind: (e.currentTarget as HTMLSelectElement).value as AttachmentKind } : x)))}>
                  {KINDS.map((k) => <option key={k} value={k}>{m.publisher.kinds[k]}</option>)}
                </select>
              </label>
              <button type="button" class="link" onClick={() => remove(index)} aria-label={m.publisher.removeNamed(a.name)}>{m.publisher.remove}</button>
            </li>
          ))}
        </ul>
      ) : null}
      <IssueList issues={issues} />
    </fieldset>
  );
}
