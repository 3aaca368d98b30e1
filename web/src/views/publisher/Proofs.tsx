// A claim's proof files: dropped on the box or picked. A file over the program's size limit
// is refused before it is read; the others are typed from their first bytes by the core
// (sniff_media_type, never the name), fingerprinted (SHA-256, in the worker) and kept in the
// workspace (proofs, keyed by digest), so a package can be built later. The claim keeps
// {name, media_type, size, sha256, kind}. Images show a thumbnail, PDFs a page icon; each
// file can be viewed, replaced or removed (with an undo). Whether a type is allowed is the
// program's rule: the core's issue shows under the file.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { headBase64 } from '../../core/client.ts';
import type { Attachment, AttachmentKind, Claim, Issue } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatSize } from '../../format/numbers.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { DropZone, FilePick } from '../../ui/FilePick.tsx';
import { guessKind } from './claimFields.ts';
import { MediaIcon, mediaLabel, viewable } from './media.tsx';

const KINDS: AttachmentKind[] = ['order_confirmation', 'invoice', 'screenshot', 'other'];

/** Reads one file into an attachment, its bytes stored; null when the size is over the limit. */
export function useProofReader(maxBytes: number) {
  const { core, workspace } = useApp();
  return async (file: File): Promise<Attachment | { tooLarge: true }> => {
    if (file.size > maxBytes) return { tooLarge: true };
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
    const { media_type } = await core.call('sniff_media_type', { head: headBase64(head) });
    const { digests } = await core.task('sha256', { blobs: [file] });
    const sha256 = digests[0] ?? '';
    await workspace.putProof({ sha256, blob: file, media_type, size: file.size, name: file.name });
    return { name: file.name, media_type, size: file.size, sha256, kind: guessKind(media_type) };
  };
}

/** An object URL for a stored proof, typed with its sniffed media type, let go on unmount. */
function useProofUrl(sha256: string, mediaType: string): string | null {
  const { workspace } = useApp();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void workspace.getProof(sha256).then((proof) => {
      if (!live || !proof) return;
      // The sniffed type, never the browser's guess: an unknown file downloads instead of opening.
      made = URL.createObjectURL(new Blob([proof.blob], { type: viewable(mediaType) ? mediaType : 'application/octet-stream' }));
      setUrl(made);
    }, () => undefined);
    return () => { live = false; if (made) URL.revokeObjectURL(made); };
  }, [workspace, sha256, mediaType]);
  return url;
}

function ProofItem({ attachment, index, issues, onKind, onReplace, onRemove }: {
  attachment: Attachment; index: number; issues: Issue[];
  onKind: (kind: AttachmentKind) => void; onReplace: (file: File) => void; onRemove: () => void;
}) {
  const { m, tag } = useI18n();
  const url = useProofUrl(attachment.sha256, attachment.media_type);
  const image = attachment.media_type.startsWith('image/') && viewable(attachment.media_type);
  return (
    <li class="attachment" data-index={index} data-media-type={attachment.media_type}>
      <span class="thumb" aria-hidden="true">
        {image && url ? <img src={url} alt="" /> : <MediaIcon mediaType={attachment.media_type} />}
      </span>
      <span class="name">{attachment.name}</span>
      <span class="type">{mediaLabel(m, attachment.media_type)}</span>
      <span class="size">{formatSize(attachment.size, tag)}</span>
      <label class="kind">
        <span class="visually-hidden">{m.publisher.kindOf(attachment.name)}</span>
        <select value={attachment.kind} onChange={(e) => onKind((e.currentTarget as HTMLSelectElement).value as AttachmentKind)}>
          {KINDS.map((k) => <option key={k} value={k}>{m.publisher.kinds[k]}</option>)}
        </select>
      </label>
      <span class="proof-actions">
        {url ? (
          <a href={url} target="_blank" rel="noopener" {...(viewable(attachment.media_type) ? {} : { download: attachment.name })}
            aria-label={m.publisher.viewNamed(attachment.name)}>{viewable(attachment.media_type) ? m.publisher.view : m.publisher.download}</a>
        ) : null}
        <FilePick label={m.publisher.replace} field="replace-input" look="link" ariaLabel={m.publisher.replaceNamed(attachment.name)}
          onFiles={(files) => { if (files[0]) onReplace(files[0]); }} />
        <button type="button" class="link" onClick={onRemove} aria-label={m.publisher.removeNamed(attachment.name)}>{m.publisher.remove}</button>
      </span>
      <code class="digest" title={m.publisher.digestTitle}>{attachment.sha256}</code>
      {issues.length ? <div class="attachment-issues"><IssueList issues={issues} /></div> : null}
    </li>
  );
}

export function Proofs({ claim, issues, maxBytes, onChange }: {
  claim: Claim; issues: Issue[]; maxBytes: number; onChange: (a: Attachment[]) => void;
}) {
  const { notify } = useApp();
  const { m, tag } = useI18n();
  const read = useProofReader(maxBytes);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const attachments = claim.attachments ?? [];

  // Issues about one file go under it; the rest (proof required, too many) under the box.
  const own = (index: number) => issues.filter((i) => new RegExp(`/attachments/${index}(/|$)`).test(i.path));
  const general = issues.filter((i) => !/\/attachments\/\d+(\/|$)/.test(i.path));

  async function readAll(files: File[]): Promise<Attachment[]> {
    setBusy(true);
    setProblems([]);
    const added: Attachment[] = [];
    const refused: string[] = [];
    try {
      for (const file of files) {
        try {
          const result = await read(file);
          if ('tooLarge' in result) refused.push(m.publisher.tooLarge(file.name, formatSize(file.size, tag), formatSize(maxBytes, tag)));
          else added.push(result);
        } catch (e) {
          refused.push(m.publisher.unreadable(file.name));
          if (!(e instanceof Error)) throw e;
        }
      }
    } finally {
      setBusy(false);
      setProblems(refused);
    }
    return added;
  }

  async function add(files: File[]) {
    const added = await readAll(files);
    if (added.length) onChange([...attachments, ...added]);
  }

  async function replace(index: number, file: File) {
    const [next] = await readAll([file]);
    const old = attachments[index];
    if (!next || !old) return;
    const before = attachments;
    onChange(attachments.map((a, i) => (i === index ? { ...next, kind: old.kind } : a)));
    notify({ text: m.publisher.proofReplaced(old.name, next.name), undo: () => onChange(before) });
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
      <p class="note">{m.publisher.proofNote(formatSize(maxBytes, tag))}</p>
      <DropZone text={m.publisher.dropHere} onFiles={(files) => void add(files)}>
        <FilePick label={m.publisher.attach} field="attach-input" multiple onFiles={(files) => void add(files)} />
      </DropZone>
      {busy ? <p role="status">{m.publisher.reading}</p> : null}
      <div aria-live="polite">
        {problems.map((p, i) => <p key={i} class="issue" data-severity="error" data-field="attach-problem"><span class="issue-text">{p}</span></p>)}
      </div>
      {attachments.length ? (
        <ul class="attachments">
          {attachments.map((a, index) => (
            <ProofItem key={`${a.sha256}-${index}`} attachment={a} index={index} issues={own(index)}
              onKind={(kind) => onChange(attachments.map((x, i) => (i === index ? { ...x, kind } : x)))}
              onReplace={(file) => void replace(index, file)} onRemove={() => remove(index)} />
          ))}
        </ul>
      ) : null}
      <IssueList issues={general} />
    </fieldset>
  );
}
