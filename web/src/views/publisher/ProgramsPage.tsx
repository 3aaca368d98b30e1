// Publisher: programs and networks. The publisher's member share (the part of each payout
// passed on to the member, shown as the member's cashback on each claim), and per
// advertiser: its own program rules (else the default rules of Settings) and its ids on
// the networks whose bulk files the Send page writes (Awin, impact.com). Saved as typed.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Policy } from '../../core/types.ts';
import type { NetworkFormat, Settings } from '../../store/schema.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { TextField } from '../../ui/fields.tsx';
import { PolicyForm } from '../../ui/PolicyForm.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { claimsVersion, useShared } from './listState.ts';

const NETWORKS: NetworkFormat[] = ['awin', 'impact'];

export function ProgramsPage() {
  const { core, workspace, asOf, notify } = useApp();
  const { m } = useI18n();
  const version = useShared(claimsVersion);
  const [share, setShare] = useState<string | null | undefined>(undefined);
  const [policies, setPolicies] = useState<Settings['policies'] | null>(null);
  const [ids, setIds] = useState<Settings['network_ids'] | null>(null);
  const [fromClaims, setFromClaims] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | undefined>(undefined);

  useEffect(() => {
    const load = () => {
      void workspace.getSetting('member_share').then(setShare);
      void workspace.getSetting('policies').then(setPolicies);
      void workspace.getSetting('network_ids').then(setIds);
    };
    load();
    return workspace.onChange((c) => { if (c.store === 'settings' && c.tab !== workspace.tab) load(); });
  }, [workspace]);
  useEffect(() => {
    core.task('claims_query', { as_of: asOf, filter: {}, sort: { key: 'updated', dir: 'desc' }, offset: 0, limit: 1 })
      .then((p) => setFromClaims(p.advertisers), () => undefined);
  }, [core, asOf, version]);

  const save = <K extends 'member_share' | 'policies' | 'network_ids'>(key: K, value: Settings[K]) => {
    void workspace.setSetting(key, value).catch(shownElsewhere);
  };
  const saveShare = (v: string | undefined) => { setShare(v ?? null); save('member_share', v?.trim().replace(',', '.') || null); };
  const savePolicies = (next: Settings['policies']) => { setPolicies(next); save('policies', next); };
  const saveIds = (next: Settings['network_ids']) => { setIds(next); save('network_ids', next); };

  if (!policies || !ids || share === undefined) return <p role="status">{m.common.loading}</p>;
  const advertisers = [...new Set([...fromClaims, ...Object.keys(policies.by_advertiser), ...Object.keys(ids.awin), ...Object.keys(ids.impact)])].sort();

  const ownRules = (advertiser: string, on: boolean) => {
    const by = { ...policies.by_advertiser };
    const before = policies;
    if (on) by[advertiser] = structuredClone(policies.default);
    else delete by[advertiser];
    savePolicies({ ...policies, by_advertiser: by });
    if (!on) notify({ text: m.publisher.ownRulesRemoved(advertiser), undo: () => savePolicies(before) });
  };
  const setNetworkId = (network: NetworkFormat, advertiser: string, value: string | undefined) => {
    const map = { ...ids[network] };
    if (value?.trim()) map[advertiser] = value.trim();
    else delete map[advertiser];
    saveIds({ ...ids, [network]: map });
  };

  return (
    <section class="programs">
      <ViewHeading>{m.publisher.programsTitle}</ViewHeading>
      <p class="lede">{m.publisher.programsLede}</p>
      <div class="grid">
        <TextField name="member_share" label={m.publisher.memberShare} hint={m.publisher.memberShareHint} example="80"
          value={share ?? undefined} onValue={saveShare} input={{ inputMode: 'decimal', class: 'short' }} />
      </div>
      <h2>{m.publisher.advertisersTitle}</h2>
      <p class="note">{m.publisher.advertisersNote} <a href={formatRoute('settings')}>{m.publisher.defaultRulesLink}</a></p>
      {advertisers.length ? (
        <TableWrap label={m.publisher.advertisersTitle}>
          <table class="programs-table">
            <thead>
              <tr>
                <th scope="col">{m.issues.fields.advertiserId}</th>
                <th scope="col">{m.publisher.rules}</th>
                <th scope="col">{m.publisher.networkId.awin}</th>
                <th scope="col">{m.publisher.networkId.impact}</th>
                <th scope="col"><span class="visually-hidden">{m.publisher.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {advertisers.map((a) => (
                <tr key={a} data-advertiser={a}>
                  <td>{a}</td>
                  <td>{policies.by_advertiser[a] ? m.publisher.ownRules : m.publisher.defaultRules}</td>
                  <td>{ids.awin[a] ?? '—'}</td>
                  <td>{ids.impact[a] ?? '—'}</td>
                  <td><button type="button" class="link" aria-expanded={open === a} onClick={() => setOpen(open === a ? null : a)}
                    aria-label={open === a ? m.publisher.closeAdvertiser(a) : m.publisher.editAdvertiser(a)}>{open === a ? m.publisher.close : m.publisher.edit}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : <p class="empty">{m.publisher.noAdvertisers}</p>}
      <form class="add-advertiser actions" noValidate onSubmit={(e) => {
        e.preventDefault();
        const id = adding?.trim();
        if (!id) return;
        setFromClaims((list) => [...new Set([...list, id])]);
        setOpen(id);
        setAdding(undefined);
      }}>
        <TextField name="new-advertiser" label={m.publisher.addAdvertiser} example="adv-7" value={adding} onValue={setAdding} />
        <button type="submit" class="secondary">{m.publisher.add}</button>
      </form>
      {open ? (
        <section class="advertiser-editor" aria-labelledby="advertiser-title" data-advertiser={open}>
          <h2 id="advertiser-title">{m.publisher.advertiserTitle(open)}</h2>
          <div class="grid">
            {NETWORKS.map((n) => (
              <TextField key={n} name={`${n}_id`} label={m.publisher.networkId[n]} hint={m.publisher.networkIdHint} example="1234"
                value={ids[n][open]} onValue={(v) => setNetworkId(n, open, v)} input={{ inputMode: 'numeric' }} />
            ))}
          </div>
          <label class="check own-rules">
            <input type="checkbox" checked={Boolean(policies.by_advertiser[open])} onChange={(e) => ownRules(open, (e.currentTarget as HTMLInputElement).checked)} />
            {m.publisher.ownRulesFor(open)}
          </label>
          {policies.by_advertiser[open] ? (
            <PolicyForm name={`policy-${open}`} policy={policies.by_advertiser[open] as Policy}
              onChange={(p) => savePolicies({ ...policies, by_advertiser: { ...policies.by_advertiser, [open]: p } })} />
          ) : <p class="note">{m.publisher.usesDefault}</p>}
        </section>
      ) : null}
    </section>
  );
}
