// Per claim, what a simulated batch would do: the rule that matched, the decision, the
// payout and when it is paid, and the issues (the claim's own check is counted; the
// resolution's issues and the funds warning are spelled out).
import type { Claim, SimulateRulesResult } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';

const CLAIM_CHECK = /^\/claims\/\d+\//;

export function OutcomeTable({ result, claims, currency, showRule = false, tampered }: {
  result: SimulateRulesResult; claims: readonly Claim[]; currency: string; showRule?: boolean;
  /** Claim ids whose proof failed the package check (said in the notes). */
  tampered: ReadonlySet<string>;
}) {
  const { m, money, date } = useI18n();
  const t = m.advertiser.outcomes;
  return (
    <TableWrap label={t.label}>
      <table class="outcome-table">
        <caption>{t.label}</caption>
        <thead>
          <tr>
            <th scope="col">{m.issues.fields.claimId}</th>
            {showRule ? <th scope="col">{t.rule}</th> : null}
            <th scope="col">{t.decision}</th>
            <th scope="col" class="num">{t.payout}</th>
            <th scope="col">{t.paidOn}</th>
            <th scope="col">{t.notes}</th>
          </tr>
        </thead>
        <tbody>
          {result.claims.map((entry, i) => {
            const own = entry.issues.filter((x) => CLAIM_CHECK.test(x.path) && x.code !== 'funds.insufficient');
            const ownErrors = own.filter((x) => x.severity === 'error').length;
            const rest = entry.issues.filter((x) => !own.includes(x));
            const lc = entry.action?.lifecycle;
            return (
              <tr key={i} data-claim={claims[i]?.id ?? ''} data-decision={entry.decision ?? 'none'} data-rule={entry.rule ?? ''}>
                <td>{entry.claim_id ?? m.advertiser.open.noId}</td>
                {showRule ? <td data-field="rule">{entry.rule === null ? t.noRule : t.ruleN(entry.rule + 1)}</td> : null}
                <td data-field="decision">{entry.decision === null ? t.forYou : entry.decision === 'accept' && !entry.action ? t.acceptBlocked : m.advertiser.decided[entry.decision]}</td>
                <td class="num" data-field="payout">{entry.action ? money(entry.action.payout, currency) : '—'}</td>
                <td data-field="paid-on">
                  {lc?.effective.payout ? date(lc.effective.payout) : entry.action ? t.noPayoutDate : '—'}
                  {lc?.pays_on_approval ? <span class="sub on-approval">{t.onApproval}</span> : null}
                </td>
                <td class="issues-cell">
                  {typeof claims[i]?.id === 'string' && tampered.has(claims[i]!.id as string) ? <span class="sub proof-failed" data-field="proof-failed">{t.proofFailed}</span> : null}
                  {own.length ? <span class="sub">{t.claimCheck(ownErrors, own.length - ownErrors)}</span> : null}
                  {rest.map((x, k) => <IssueLine key={k} issue={x} />)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
