// Cashback owed for accepted claims. The Publisher view records the advertiser's answer on
// a claim; an accepted claim with a payout offers its member's share of it (payout ×
// member share, computed by the core) as a credit naming the claim's id as reference
// (store/credits.ts). Here the offers are picked and go through the same preview as any
// adjustment; once the ledger names a claim, its offer is gone.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { creditAdjustment, memberCashback, pendingCreditOffers, type CreditOffer } from '../../store/credits.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { MoneyField } from '../../ui/fields.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import type { LedgerData } from './data.ts';
import { OutcomeLine, PreviewPanel } from './PreviewPanel.tsx';
import { usePreviewFlow } from './preview.ts';

/** An offer with the member's cashback, or why there is none to offer. */
export interface Offer extends CreditOffer {
  amount: string | null;
  blocked: 'no_payout' | 'no_share' | 'currency' | 'amount' | null;
}

/** The pending offers, read again when claims, the ledger or the settings change. */
function useOffers(currency: string | null): { offers: Offer[]; share: string | null } | null {
  const { core, workspace } = useApp();
  const [value, setValue] = useState<{ offers: Offer[]; share: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void (async () => {
      const [pending, share, ledgerCurrency] = await Promise.all([
        pendingCreditOffers(workspace), workspace.getSetting('member_share'), currency ?? workspace.getSetting('ledger_currency'),
      ]);
      const offers = await Promise.all(pending.map(async (o): Promise<Offer> => {
        if (!o.payout) return { ...o, amount: null, blocked: 'no_payout' };
        if (!share) return { ...o, amount: null, blocked: 'no_share' };
        if (o.currency !== ledgerCurrency) return { ...o, amount: null, blocked: 'currency' };
        const amount = await memberCashback((op, r) => core.call(op, r), o.payout, o.currency, share).catch(() => null);
        return { ...o, amount, blocked: amount === null ? 'amount' : null };
      }));
      if (live) setValue({ offers, share });
    })().catch(() => undefined);
    load();
    const off = workspace.onChange((c) => { if (c.store === 'claims' || c.store === 'ledger' || c.store === 'settings') load(); });
    return () => { live = false; off(); };
  }, [workspace, core, currency]);
  return value;
}

/** On the balances page: how many accepted claims still owe their members cashback. */
export function CreditsNotice() {
  const { m, count } = useI18n();
  const value = useOffers(null);
  if (!value?.offers.length) return null;
  const n = value.offers.length;
  return (
    <p class="banner credits-notice" data-field="credits-notice">
      {m.members.creditsWaiting(n, count(n))} <a href={formatRoute('members', 'credits')}>{m.members.reviewCredits}</a>
    </p>
  );
}

export function CreditsPage({ data }: { data: LedgerData }) {
  const { workspace } = useApp();
  const { m, money, decimal, date, count } = useI18n();
  const value = useOffers(data.currency);
  const [unpicked, setUnpicked] = useState<ReadonlySet<string>>(new Set());
  const flow = usePreviewFlow(data);

  const usable = value?.offers.filter((o) => o.amount !== null) ?? [];
  const chosen = usable.filter((o) => !unpicked.has(o.claim_key));
  const preview = () => flow.preview(chosen.map((o) => creditAdjustment(o, o.amount!, m.members.creditComment(o.claim_id))), false);

  const blockedText = (o: Offer): string => {
    if (o.blocked === 'no_payout') return m.members.creditNoPayout;
    if (o.blocked === 'no_share') return m.members.creditNoShare;
    if (o.blocked === 'currency') return m.members.creditOtherCurrency(o.currency, data.currency);
    return m.members.creditNoAmount;
  };

  return (
    <section class="credits">
      <ViewHeading>{m.members.creditsTitle}</ViewHeading>
      <p class="lede">{value?.share ? m.members.creditsLede(decimal(value.share)) : m.members.creditsLedeNoShare}</p>
      {value ? (
        <div class="grid">
          <MoneyField name="member-share" label={m.members.memberShare} hint={m.members.memberShareHint} example="80"
            value={value.share ?? undefined}
            onValue={(v) => void workspace.setSetting('member_share', v ?? null).catch(shownElsewhere)} />
        </div>
      ) : null}
      {value === null ? <p role="status">{m.common.loading}</p> : !value.offers.length ? (
        <p class="empty">{m.members.noCredits}</p>
      ) : (
        <TableWrap label={m.members.creditsTitle}>
          <table class="credits-table">
            <caption class="visually-hidden">{m.members.creditsTitle}</caption>
            <thead>
              <tr>
                <th scope="col" class="pick"><span class="visually-hidden">{m.members.pickColumn}</span></th>
                <th scope="col">{m.members.member}</th>
                <th scope="col">{m.members.claim}</th>
                <th scope="col">{m.members.answeredOn}</th>
                <th scope="col" class="num">{m.members.payout}</th>
                <th scope="col" class="num">{m.members.cashback}</th>
              </tr>
            </thead>
            <tbody>
              {value.offers.map((o) => (
                <tr key={o.claim_key} data-claim={o.claim_id}>
                  <td class="pick">
                    {o.amount !== null ? (
                      <input type="checkbox" checked={!unpicked.has(o.claim_key)} aria-label={m.members.pickCredit(o.claim_id, o.member)}
                        onChange={(e) => {
                          const on = (e.currentTarget as HTMLInputElement).checked;
                          flow.reset();
                          setUnpicked((s) => { const next = new Set(s); if (on) next.delete(o.claim_key); else next.add(o.claim_key); return next; });
                        }} />
                    ) : null}
                  </td>
                  <td class="member-id">{o.member}</td>
                  <td><a href={formatRoute('publisher', 'claims', o.claim_key)}>{o.claim_id}</a></td>
                  <td>{date(o.decided_on)}</td>
                  <td class="num">{o.payout ? money(o.payout, o.currency) : '—'}</td>
                  <td class="num" data-col="cashback">{o.amount !== null ? money(o.amount, o.currency) : <span class="blocked">{blockedText(o)}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {usable.length ? (
        <div class="actions">
          <button type="button" disabled={flow.busy || !chosen.length} onClick={() => void preview()}>
            {m.members.previewCredits(chosen.length, count(chosen.length))}
          </button>
        </div>
      ) : null}
      <OutcomeLine outcome={flow.outcome} />
      {flow.prepared ? <PreviewPanel prepared={flow.prepared} busy={flow.busy} onApply={() => void flow.apply()} onCancel={flow.cancel} /> : null}
    </section>
  );
}
