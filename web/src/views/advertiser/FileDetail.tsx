// One opened file: where it came from, the core's verdict (check_package for a package,
// import_claims_csv for a claims file), and each claim's proofs with their status; a proof
// whose entry is in the package can be viewed inline, a mismatched one too (with a warning).
import { useState } from 'preact/hooks';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ProofStatus } from '../../core/types.ts';
import { formatSize } from '../../format/numbers.ts';
import { todayIso } from '../../format/dates.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { useAdvertiser } from './data.ts';
import { fileProblems } from './OpenFiles.tsx';
import { ProofViewer, type ProofRef } from './ProofViewer.tsx';
import { segmentsOf } from './routes.ts';
import type { ReceivedClaim } from './inbox.ts';
import type { PackageRecord } from '../../store/schema.ts';
import { labelOf, list, str } from './show.ts';

export function FileDetail({ fileKey }: { fileKey: string }) {
  const { m, date, count, money, tag } = useI18n();
  const { files, claims } = useAdvertiser();
  const [viewing, setViewing] = useState<ProofRef | null>(null);
  const o = m.advertiser.open;
  const file = files?.find((f) => f.key === fileKey);
  if (files === null) return <p role="status">{m.common.loading}</p>;
  if (!file) {
    return (
      <section>
        <ViewHeading>{o.gone}</ViewHeading>
        <p><a href={formatRoute('advertiser', 'open')}>{o.backToFiles}</a></p>
      </section>
    );
  }
  const opened = file.opened;
  const mine = claims.filter((c) => c.fileKey === file.key);
  const p = fileProblems(file);
  const proofCount = opened?.proofs.length ?? 0;
  const proofsOk = opened?.proofs.filter((x) => x.status === 'ok').length ?? 0;
  return (
    <section class="file-detail" data-kind={file.kind ?? 'zip'}>
      <ViewHeading>{file.name}</ViewHeading>
      <dl class="facts">
        <dt>{o.kind}</dt><dd>{file.kind === 'csv' ? o.kindCsv : o.kindZip}</dd>
        {opened?.package ? (
          <>
            <dt>{o.from}</dt><dd data-field="publisher">{opened.package.publisher.name ? `${opened.package.publisher.name} (${opened.package.publisher.id})` : opened.package.publisher.id}</dd>
            <dt>{o.createdOn}</dt><dd>{date(opened.package.created_on)}</dd>
          </>
        ) : null}
        <dt>{o.openedOn}</dt><dd>{date(todayIso(new Date(file.opened_at)))}</dd>
        <dt>{o.claims}</dt><dd data-field="claim-count">{count(opened?.claims.length ?? 0)}</dd>
        {file.kind !== 'csv' ? <><dt>{o.size}</dt><dd>{formatSize(opened?.unpacked_bytes ?? 0, tag)}</dd></> : null}
      </dl>
      <div class="verdict" data-verdict={p.errors ? 'error' : p.warnings ? 'warning' : 'ok'} data-field="verdict">
        <p class="verdict-line">
          {file.kind === 'csv' ? o.csvVerdict(p.errors, p.warnings) : o.packageVerdict(proofsOk, proofCount, p.errors, p.warnings)}
        </p>
        <IssueList issues={opened?.issues ?? []} live={false} />
      </div>
      {mine.length ? (
        <>
          <h2>{o.claimsTitle}</h2>
          <TableWrap label={o.claimsTitle}>
            <table class="file-claims">
              <thead>
                <tr>
                  <th scope="col">{m.issues.fields.claimId}</th>
                  <th scope="col">{m.issues.fields.orderId}</th>
                  <th scope="col" class="num">{m.issues.fields.orderAmount}</th>
                  <th scope="col">{m.issues.fields.reason}</th>
                  {file.kind !== 'csv' ? <th scope="col">{o.proofs}</th> : null}
                </tr>
              </thead>
              <tbody>
                {mine.map((c) => (
                  <tr key={c.index} data-claim={str(c.claim.id) ?? ''}>
                    <td><a href={formatRoute('advertiser', ...segmentsOf({ page: 'claim', key: c.fileKey, index: c.index }))}>{str(c.claim.id) ?? o.noId}</a></td>
                    <td>{str(c.claim.order?.id) ?? '—'}</td>
                    <td class="num">{money(str(c.claim.order?.amount), str(c.claim.order?.currency))}</td>
                    <td>{labelOf(m.advertiser.reasons, c.claim.reason) ?? '—'}</td>
                    {file.kind !== 'csv' ? <td><ProofList file={file} claim={c} onView={setViewing} /></td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
      {viewing ? <ProofViewer proof={viewing} onClose={() => setViewing(null)} /> : null}
    </section>
  );
}

/** A claim's attachments with their package status, each viewable when its entry is there. */
export function ProofList({ file, claim, onView }: { file: PackageRecord; claim: ReceivedClaim; onView: (p: ProofRef) => void }) {
  const { m } = useI18n();
  const attachments = list<unknown>(claim.claim.attachments).map((a) => (a && typeof a === 'object' ? a as Record<string, unknown> : {}));
  if (!attachments.length) return <span class="empty">{m.advertiser.proof.none}</span>;
  return (
    <ul class="proof-list">
      {attachments.map((a, i) => {
        const status: ProofStatus | undefined = claim.proofs.find((p) => p.attachment === i)?.status;
        const entry = claim.proofs.find((p) => p.attachment === i)?.entry ?? null;
        const name = typeof a?.name === 'string' && a.name ? a.name : m.advertiser.proof.unnamed(i + 1);
        return (
          <li key={i} data-status={status ?? 'unknown'}>
            <span class="proof-name">{name}</span>{' '}
            <span class="badge" data-proof={status ?? 'unknown'}>{status ? m.advertiser.proof.statuses[status] : m.advertiser.proof.unchecked}</span>
            {entry ? (
              <button type="button" class="link" aria-label={m.advertiser.proof.viewNamed(name)}
                onClick={() => onView({ file, entry, name, mismatch: status === 'mismatch' })}>{m.advertiser.proof.view}</button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
