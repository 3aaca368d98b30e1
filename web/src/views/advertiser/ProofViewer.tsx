// One proof file, shown inline: images in an <img>, PDFs in the browser's own viewer from a
// Blob URL (an <iframe>; the CSP allows frames from blob: only). The bytes are unpacked
// from the stored package in the worker; their type comes from the core's sniff of the
// first bytes, never from the name, so a file that is not a PDF or an image is only offered
// as a download (an HTML page named ".pdf" is never rendered).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { headBase64 } from '../../core/client.ts';
import { useI18n } from '../../i18n/index.ts';
import type { PackageRecord } from '../../store/schema.ts';
import { formatSize } from '../../format/numbers.ts';
import { proofBytes } from './inbox.ts';

const IMAGES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);

export interface ProofRef {
  file: PackageRecord;
  /** The ZIP entry (proofs/<sha256>.<ext>). */
  entry: string;
  /** The attachment's name in the claim. */
  name: string;
  /** The bytes are not the ones the claim names (check_package said "mismatch"). */
  mismatch: boolean;
}

type Shown = { url: string; type: string; size: number } | 'missing' | 'failed' | null;

export function ProofViewer({ proof, onClose }: { proof: ProofRef; onClose: () => void }) {
  const { core } = useApp();
  const { m, tag } = useI18n();
  const [shown, setShown] = useState<Shown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let url: string | null = null;
    let live = true;
    setShown(null);
    (async (): Promise<Shown> => {
      const bytes = await proofBytes(core, proof.file, proof.entry);
      if (!bytes) return 'missing';
      const head = new Uint8Array(await bytes.slice(0, 64).arrayBuffer());
      const { media_type } = await core.call('sniff_media_type', { head: headBase64(head) });
      const type = media_type === 'application/pdf' || IMAGES.has(media_type) ? media_type : 'application/octet-stream';
      url = URL.createObjectURL(new Blob([bytes], { type }));
      return { url, type, size: bytes.size };
    })().then((s) => { if (live) setShown(s); }, () => { if (live) setShown('failed'); });
    return () => { live = false; if (url) URL.revokeObjectURL(url); };
  }, [core, proof.file, proof.entry]);

  useEffect(() => { heading.current?.focus(); }, [proof.entry]);

  const a = m.advertiser.proof;
  return (
    <section class="proof-viewer" aria-labelledby="proof-viewer-title" data-entry={proof.entry}>
      <div class="proof-bar">
        <h3 id="proof-viewer-title" ref={heading} tabIndex={-1}>{a.viewing(proof.name)}</h3>
        <button type="button" class="secondary" onClick={onClose}>{a.close}</button>
      </div>
      {proof.mismatch ? <p class="issue" data-severity="error" data-field="mismatch-note">{a.mismatchNote}</p> : null}
      {shown === null ? <p role="status">{m.common.loading}</p> : null}
      {shown === 'missing' ? <p class="empty">{a.missing}</p> : null}
      {shown === 'failed' ? <p class="issue" data-severity="error">{a.failed}</p> : null}
      {typeof shown === 'object' && shown ? (
        <>
          <p class="note">{a.facts(shown.type, formatSize(shown.size, tag))}</p>
          {IMAGES.has(shown.type) ? <img class="proof-image" src={shown.url} alt={a.imageAlt(proof.name)} data-type={shown.type} /> : null}
          {shown.type === 'application/pdf' ? (
            <>
              <iframe class="proof-pdf" src={shown.url} title={a.pdfTitle(proof.name)} data-type={shown.type} />
              <p><a href={shown.url} target="_blank" rel="noopener">{a.openTab}</a></p>
            </>
          ) : null}
          {shown.type === 'application/octet-stream' ? (
            <p>{a.notViewable} <a href={shown.url} download={proof.name}>{a.download}</a></p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
