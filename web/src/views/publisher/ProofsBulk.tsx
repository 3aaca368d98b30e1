// Publisher: proof for many claims at once. Imported claims carry no proof; the user drops
// (or picks) the files, and each goes to the claim whose order id its name holds
// (work/proofMatch.ts). The page shows each file's match before anything is stored; then
// the files are read in the worker (type from their bytes, SHA-256, bytes kept), added to
// their claims, and claims left without errors become ready to send. An undo takes the
// files off the claims again.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatSize } from '../../format/numbers.ts';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { DropZone, FilePick } from '../../ui/FilePick.tsx';
import type { ProofMatch } from './work/protocol.ts';
import { claimsVersion, listFilter, listOffset, useShared } from './listState.ts';
import { TaskFailure } from './TaskFailure.tsx';
import { Progress, type ProgressState } from './Progress.tsx';

export function ProofsBulk() {
  const { core, asOf, notify } = useApp();
  const { m, count, tag } = useI18n();
  const version = useShared(claimsVersion);
  const [waiting, setWaiting] = useState<number | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [matches, setMatches] = useState<ProofMatch[] | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  // How many claims still need proof.
  useEffect(() => {
    core.task('proofs_match', { names: [], keys: null, as_of: asOf }).then((r) => setWaiting(r.candidates), setFailure);
  }, [core, asOf, version]);

  async function pick(list: File[]) {
    setFailure(null);
    setFiles(list);
    try {
      const r = await core.task('proofs_match', { names: list.map((f) => ({ name: f.name, size: f.size })), keys: null, as_of: asOf });
      setMatches(r.matches);
    } catch (e) {
      setFailure(e);
    }
  }

  async function attach() {
    if (!matches) return;
    setProgress({ text: m.publisher.bulkAttaching, done: 0, total: matches.length });
    try {
      const result = await core.task('proofs_attach', { files, matches, as_of: asOf }, {
        onProgress: (done, total) => setProgress({ text: m.publisher.bulkAttaching, done, total }),
      });
      setFiles([]);
      setMatches(null);
      notify({
        text: m.publisher.bulkAttached(result.attached, count(result.attached), result.claims, count(result.claims), result.ready, count(result.ready)),
        undo: async () => { await core.task('claims_revert', { records: result.before }); },
      });
    } catch (e) {
      setFailure(e);
    } finally {
      setProgress(null);
    }
  }

  const good = matches?.filter((x) => x.claim_key && !x.problem).length ?? 0;
  const problem = (x: ProofMatch): string => {
    switch (x.problem) {
      case 'no_match': return m.publisher.matchNone;
      case 'ambiguous': return m.publisher.matchAmbiguous;
      case 'too_large': return m.publisher.matchTooLarge(formatSize(x.max_bytes ?? 0, tag));
      default: return m.publisher.matchOk;
    }
  };

  return (
    <section class="proofs-bulk">
      <ViewHeading>{m.publisher.bulkTitle}</ViewHeading>
      <p class="lede">{m.publisher.bulkLede}</p>
      <p data-field="waiting" role="status">
        {waiting === null ? m.common.loading : m.publisher.bulkWaiting(waiting, count(waiting))}
        {waiting ? ' ' : null}
        {waiting ? <a href={formatRoute('publisher')} onClick={() => { listFilter.set({ state: 'needs_proof' }); listOffset.set(0); }}>{m.publisher.bulkSeeThem}</a> : null}
      </p>
      <DropZone text={m.publisher.bulkDrop} onFiles={(list) => void pick(list)}>
        <FilePick label={m.publisher.bulkPick} field="bulk-input" multiple onFiles={(list) => void pick(list)} />
      </DropZone>
      {failure ? <TaskFailure error={failure} /> : null}
      {progress ? <Progress state={progress} /> : null}
      {matches ? (
        <>
          <TableWrap label={m.publisher.bulkCaption}>
            <table class="match-table">
              <caption>{m.publisher.bulkSummary(matches.length, count(matches.length), count(good))}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.publisher.bulkFile}</th>
                  <th scope="col" class="num">{m.publisher.bulkSize}</th>
                  <th scope="col">{m.issues.fields.claimId}</th>
                  <th scope="col">{m.issues.fields.orderId}</th>
                  <th scope="col">{m.publisher.bulkResult}</th>
                </tr>
              </thead>
              <tbody>
                {matches.map((x) => (
                  <tr key={x.file} data-problem={x.problem ?? 'none'}>
                    <td class="file-name">{x.name}</td>
                    <td class="num">{formatSize(x.size, tag)}</td>
                    <td>{x.claim_key ? <a href={formatRoute('publisher', 'claims', x.claim_key)}>{x.claim_id ?? m.publisher.untitled}</a> : '—'}</td>
                    <td>{x.order_id ?? '—'}</td>
                    <td class="match-result" data-severity={x.problem ? 'error' : undefined}>{problem(x)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <div class="actions">
            <button type="button" disabled={!good || progress !== null} onClick={() => void attach()} data-action="bulk-attach">{m.publisher.bulkAttach(good, count(good))}</button>
            <button type="button" class="secondary" onClick={() => { setFiles([]); setMatches(null); }}>{m.common.cancel}</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
