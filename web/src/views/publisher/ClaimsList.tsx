// Every claim of the workspace, one page at a time (the worker holds them all: see
// work/claimIndex.ts): search, filters by state, advertiser, reason and lateness, sortable
// columns, the claim window with late ones flagged, and a selection for the Send page.
// Opening a claim opens the editor; deleting offers an undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ClaimReason } from '../../core/types.ts';
import type { ClaimRecord } from '../../store/schema.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { formatRoute } from '../../app/router.ts';
import { todayIso } from '../../format/dates.ts';
import { CLAIM_STATES, type ClaimRow, type ClaimSortKey, type ClaimsPage } from './work/protocol.ts';
import { claimsVersion, listFilter, listOffset, listSort, selection, useShared } from './listState.ts';
import { TaskFailure } from './TaskFailure.tsx';
import { StateBadge } from './StateBadge.tsx';

const PAGE = 50;
const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];

/** Every claim record of the workspace, refreshed on any change (small workspaces: the advertiser's claim picker). */
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

/** One page of claims from the worker, asked again whenever the filter, the sort or the claims change. */
function useClaimsPage(): { page: ClaimsPage | null; failure: unknown } {
  const { core, asOf } = useApp();
  const filter = useShared(listFilter);
  const sort = useShared(listSort);
  const offset = useShared(listOffset);
  const version = useShared(claimsVersion);
  const [page, setPage] = useState<ClaimsPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const handle = setTimeout(() => {
      core.task('claims_query', { as_of: asOf, filter, sort, offset, limit: PAGE }).then(
        (p) => { if (mine === seq.current) { setPage(p); setFailure(null); } },
        (e: unknown) => { if (mine === seq.current) setFailure(e); },
      );
    }, version ? 60 : 0);
    return () => clearTimeout(handle);
  }, [core, asOf, filter, sort, offset, version]);
  return { page, failure };
}

export function ClaimsList() {
  const { workspace, core, asOf, navigate, notify } = useApp();
  const { m, money, date, count } = useI18n();
  const { page, failure } = useClaimsPage();
  const filter = useShared(listFilter);
  const sort = useShared(listSort);
  const selected = useShared(selection);
  const [search, setSearch] = useState(filter.search);

  const setFilter = (next: typeof filter) => { listFilter.set(next); listOffset.set(0); };
  // The search box waits for a pause in typing.
  useEffect(() => {
    if ((search ?? '') === (filter.search ?? '')) return;
    const handle = setTimeout(() => setFilter({ ...filter, search: search || undefined }), 200);
    return () => clearTimeout(handle);
  }, [search]);

  async function create() {
    try {
      const publisher = await workspace.getSetting('publisher');
      const record = workspace.newClaim({
        ...(publisher.id ? { publisher: { id: publisher.id } } : {}),
        reason: 'untracked',
        order: { currency: 'EUR' },
      });
      const saved = await workspace.saveClaim(record);
      navigate('publisher', 'claims', saved.key);
    } catch (e) {
      shownElsewhere(e);
    }
  }

  async function remove(row: ClaimRow) {
    const record: ClaimRecord | undefined = await workspace.getClaim(row.key).catch(() => undefined);
    if (!record) return;
    try {
      await workspace.remove('claims', record.key);
    } catch (e) {
      shownElsewhere(e);
      return;
    }
    const next = new Set(selected);
    if (next.delete(record.key)) selection.set(next);
    notify({
      text: m.publisher.deleted(record.claim.id ?? m.publisher.untitled),
      undo: async () => { await workspace.saveClaim({ ...record, rev: 0 }).catch(shownElsewhere); },
    });
  }

  function toggle(key: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    selection.set(next);
  }

  async function selectAllMatching() {
    const { keys } = await core.task('claims_keys', { as_of: asOf, filter, sort });
    selection.set(new Set([...selected, ...keys]));
  }

  const sortBy = (key: ClaimSortKey) => {
    listSort.set(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'updated' ? 'desc' : 'asc' });
    listOffset.set(0);
  };
  const header = (key: ClaimSortKey, label: string, cls?: string) => (
    <th scope="col" class={cls} aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="sort" data-sort={key} onClick={() => sortBy(key)}>
        {label}<span aria-hidden="true" class="sort-mark">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  const rows = page?.rows ?? [];
  const pageAllSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  const stateOptions = [['', m.publisher.allStates(count(page?.all ?? 0))] as const,
    ...CLAIM_STATES.map((s) => [s, `${m.publisher.states[s]} (${count(page?.counts[s] ?? 0)})`] as const)];

  return (
    <section class="claims-list">
      <ViewHeading>{m.publisher.claimsTitle}</ViewHeading>
      <p class="lede">{m.publisher.claimsLede}</p>
      <div class="actions top-actions">
        <button type="button" onClick={create}>{m.publisher.newClaim}</button>
        <a class="button-link secondary" href={formatRoute('publisher', 'import')}>{m.publisher.importLink}</a>
      </div>

      <form class="list-filters" role="search" aria-label={m.publisher.filtersLabel} onSubmit={(e) => e.preventDefault()}>
        <TextField name="search" label={m.publisher.search} hint={m.publisher.searchHint} value={search} onValue={setSearch} />
        <SelectField<string> name="state" label={m.publisher.state} value={filter.state ?? ''} options={stateOptions}
          onValue={(v) => setFilter({ ...filter, state: (v || undefined) as typeof filter.state })} />
        <SelectField<string> name="advertiser" label={m.issues.fields.advertiserId} value={filter.advertiser ?? '\u0000'}
          options={[['\u0000', m.publisher.allAdvertisers], ...(page?.advertisers ?? []).map((a) => [a, a] as const)]}
          onValue={(v) => setFilter({ ...filter, advertiser: v === '\u0000' ? undefined : v })} />
        <SelectField<string> name="reason" label={m.issues.fields.reason} value={filter.reason ?? ''}
          options={[['', m.publisher.allReasons], ...REASONS.map((r) => [r, m.publisher.reasons[r]] as const)]}
          onValue={(v) => setFilter({ ...filter, reason: (v || undefined) as ClaimReason | undefined })} />
        <label class="check late-filter">
          <input type="checkbox" checked={Boolean(filter.late)} onChange={(e) => setFilter({ ...filter, late: (e.currentTarget as HTMLInputElement).checked || undefined })} />
          {m.publisher.lateOnly(count(page?.late ?? 0))}
        </label>
      </form>

      {selected.size > 0 ? (
        <div class="selection-bar" role="region" aria-label={m.publisher.selectionLabel}>
          <span data-field="selected-count">{m.publisher.selectedCount(count(selected.size))}</span>
          <a class="button-link" href={formatRoute('publisher', 'send')}>{m.publisher.sendSelected}</a>
          {page && page.total > rows.length && pageAllSelected ? (
            <button type="button" class="secondary" onClick={() => void selectAllMatching()}>{m.publisher.selectAllMatching(count(page.total))}</button>
          ) : null}
          <button type="button" class="link" onClick={() => selection.set(new Set())}>{m.publisher.clearSelection}</button>
        </div>
      ) : null}

      {failure ? <TaskFailure error={failure} /> : null}
      {page === null && !failure ? <p role="status">{m.common.loading}</p> : null}
      {page && page.all === 0 ? <p class="empty">{m.publisher.noClaims}</p> : null}
      {page && page.all > 0 && page.total === 0 ? <p class="empty" role="status">{m.publisher.noneMatch}</p> : null}
      {page && rows.length ? (
        <TableWrap label={m.publisher.claimsTitle}>
          <table class="claims-table">
            <caption id="claims-title">{m.publisher.claimsCaption(page.total, count(page.total))}</caption>
            <thead>
              <tr>
                <th scope="col" class="select">
                  <input type="checkbox" aria-label={m.publisher.selectPage} checked={pageAllSelected}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      const next = new Set(selected);
                      for (const r of rows) { if (on) next.add(r.key); else next.delete(r.key); }
                      selection.set(next);
                    }} />
                </th>
                {header('id', m.issues.fields.claimId)}
                {header('state', m.publisher.state)}
                {header('member', m.issues.fields.member)}
                {header('advertiser', m.issues.fields.advertiserId)}
                {header('order', m.issues.fields.orderId)}
                {header('amount', m.issues.fields.orderAmount, 'num')}
                {header('reason', m.issues.fields.reason)}
                {header('until', m.publisher.claimableUntil)}
                {header('updated', m.publisher.updated)}
                <th scope="col"><span class="visually-hidden">{m.publisher.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = row.claim.id ?? m.publisher.untitled;
                return (
                  <tr key={row.key} data-key={row.key} data-state={row.state}>
                    <td class="select">
                      <input type="checkbox" aria-label={m.publisher.selectNamed(name)} checked={selected.has(row.key)}
                        onChange={(e) => toggle(row.key, (e.currentTarget as HTMLInputElement).checked)} />
                    </td>
                    <td><a href={formatRoute('publisher', 'claims', row.key)} class="claim-link">{name}</a></td>
                    <td class="state">
                      <StateBadge state={row.state} />
                      {row.errors && row.state !== 'needs_proof' ? <span class="check-count" data-severity="error">{m.publisher.problems(row.errors)}</span>
                        : row.warnings ? <span class="check-count" data-severity="warning">{m.publisher.warnings(row.warnings)}</span> : null}
                    </td>
                    <td>{row.claim.member_ref ?? '—'}</td>
                    <td>{row.claim.advertiser?.id ?? '—'}</td>
                    <td>{row.claim.order?.id ?? '—'}</td>
                    <td class="num">{money(row.claim.order?.amount, row.claim.order?.currency)}</td>
                    <td>{row.claim.reason ? m.publisher.reasons[row.claim.reason] ?? row.claim.reason : '—'}</td>
                    <td class="until" data-late={row.late ? 'true' : undefined}>
                      {row.claimable_until ? m.publisher.until(date(row.claimable_until)) : '—'}
                      {row.late ? <strong class="late-flag">{m.publisher.late}</strong> : null}
                      {!row.late && row.claimable_from && row.claimable_from > asOf ? <span class="early-flag">{m.publisher.from(date(row.claimable_from))}</span> : null}
                    </td>
                    <td class="when">{date(todayIso(new Date(row.updated_at)))}</td>
                    <td>
                      <button type="button" class="link" onClick={() => void remove(row)} aria-label={m.publisher.deleteNamed(name)}>{m.common.delete}</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {page ? <Pager offset={page.offset} limit={PAGE} total={page.total} onOffset={(o) => listOffset.set(o)} label={m.publisher.claimsPages} /> : null}
    </section>
  );
}
