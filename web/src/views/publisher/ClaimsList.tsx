// Every claim of the workspace, newest change first, with its status; "New claim" opens an
// empty one in the editor. Deleting offers an undo. Refreshed when any tab changes a claim.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ClaimRecord } from '../../store/schema.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { todayIso } from '../../format/dates.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';

export function useClaims(): ClaimRecord[] | null {
  const { workspace } = useApp();
  const [claims, setClaims] = useState<ClaimRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => workspace.listClaims().then((list) => { if (live) setClaims(list); }, () => undefined);
    load();
    const off = workspace.onChange((c) => { if (c.store === 'claims') load(); });
    return () => { live = false; off(); };
  }, [workspace]);
  return claims;
}

export function ClaimsList() {
  const { workspace, navigate, notify } = useApp();
  const { m, money, date } = useI18n();
  const claims = useClaims();

  async function create() {
    await createClaim().catch(shownElsewhere);
  }

  async function createClaim() {
    const publisher = await workspace.getSetting('publisher');
    const record = workspace.newClaim({
      ...(publisher.id ? { publisher: { id: publisher.id } } : {}),
      reason: 'untracked',
      order: { currency: 'EUR' },
    });
    const saved = await workspace.saveClaim(record);
    navigate('publisher', 'claims', saved.key);
  }

  async function remove(record: ClaimRecord) {
    try {
      await workspace.remove('claims', record.key);
    } catch (e) {
      shownElsewhere(e);
      return;
    }
    notify({
      text: m.publisher.deleted(record.claim.id ?? m.publisher.untitled),
      undo: async () => { await workspace.saveClaim({ ...record, rev: 0 }).catch(shownElsewhere); },
    });
  }

  return (
    <section>
      <ViewHeading>{m.publisher.claimsTitle}</ViewHeading>
      <p class="lede">{m.publisher.claimsLede}</p>
      <button type="button" onClick={create}>{m.publisher.newClaim}</button>
      {claims === null ? <p role="status">{m.common.loading}</p> : null}
      {claims?.length === 0 ? <p class="empty">{m.publisher.noClaims}</p> : null}
      {claims?.length ? (
        <TableWrap label={m.publisher.claimsTitle}>
          <table class="claims-table">
            <caption id="claims-title">{m.publisher.claimsCaption(claims.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.issues.fields.claimId}</th>
                <th scope="col">{m.issues.fields.member}</th>
                <th scope="col">{m.issues.fields.advertiserId}</th>
                <th scope="col">{m.issues.fields.orderId}</th>
                <th scope="col" class="num">{m.issues.fields.orderAmount}</th>
                <th scope="col">{m.publisher.status}</th>
                <th scope="col">{m.publisher.updated}</th>
                <th scope="col"><span class="visually-hidden">{m.publisher.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {claims.map((record) => (
                <tr key={record.key} data-key={record.key}>
                  <td><a href={`#/publisher/claims/${encodeURIComponent(record.key)}`} class="claim-link">{record.claim.id ?? m.publisher.untitled}</a></td>
                  <td>{record.claim.member_ref ?? '—'}</td>
                  <td>{record.claim.advertiser?.id ?? '—'}</td>
                  <td>{record.claim.order?.id ?? '—'}</td>
                  <td class="num">{money(record.claim.order?.amount, record.claim.order?.currency)}</td>
                  <td><span class="badge" data-status={record.status}>{m.publisher.statuses[record.status]}</span></td>
                  <td>{date(todayIso(new Date(record.updated_at)))}</td>
                  <td>
                    <button type="button" class="link" onClick={() => remove(record)}
                      aria-label={m.publisher.deleteNamed(record.claim.id ?? m.publisher.untitled)}>{m.common.delete}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
