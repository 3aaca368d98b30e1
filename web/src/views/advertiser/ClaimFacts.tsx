// What the publisher sent for one claim, read-only: who, which order, what was tracked, the
// comment and the messages, and where it stands (deadline, automatic decision).
import type { Claim, QueueEntry } from '../../core/types.ts';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { labelOf, objects, str } from './show.ts';

export function ClaimFacts({ claim, entry }: { claim: Claim; entry: QueueEntry | null | undefined }) {
  const { m, money, date } = useI18n();
  const { asOf } = useApp();
  const f = m.issues.fields;
  const c = m.advertiser.claimFacts;
  const cur = str(claim.order?.currency);
  const payoutCur = str(claim.payout_currency) ?? cur;
  const row = (term: string, raw: unknown, field: string) => {
    const value = str(raw);
    return value === undefined || value === '' ? null : <><dt>{term}</dt><dd data-field={field}>{value}</dd></>;
  };
  const items = objects(claim.order?.items);
  const messages = objects(claim.messages);
  return (
    <div class="claim-facts">
      {entry?.respond_by || entry?.waiting_on === 'publisher' ? (
        <p class="deadline-box" data-overdue={String(entry.overdue)} data-field="deadline">
          {entry.waiting_on === 'publisher' ? c.waitingPublisher
            : entry.overdue ? c.overdue(date(entry.respond_by), -(entry.days_left ?? 0)) : c.respondBy(date(entry.respond_by), entry.days_left ?? 0)}
          {entry.auto_decision && entry.auto_decision_on ? (
            <strong class="auto" data-past={String(entry.auto_decision_on <= asOf)}>{' '}
              {(entry.auto_decision_on <= asOf ? c.autoDone : c.auto)(m.advertiser.autoDecisions[entry.auto_decision], date(entry.auto_decision_on))}</strong>
          ) : null}
        </p>
      ) : null}
      <dl class="facts">
        {row(f.publisherId, claim.publisher?.name ? `${str(claim.publisher.name)} (${str(claim.publisher.id) ?? '—'})` : claim.publisher?.id, 'publisher')}
        {row(f.member, claim.member_ref, 'member')}
        {row(f.reason, labelOf(m.advertiser.reasons, claim.reason), 'reason')}
        {row(f.filedOn, claim.filed_on ? date(str(claim.filed_on)) : undefined, 'filed-on')}
        {row(f.orderId, claim.order?.id, 'order-id')}
        {row(f.orderDate, claim.order?.date ? date(str(claim.order.date)) : undefined, 'order-date')}
        {row(f.orderAmount, claim.order?.amount ? money(str(claim.order.amount), cur) : undefined, 'order-amount')}
        {row(f.promoCode, claim.order?.promo_code, 'promo-code')}
        {row(f.clickDate, claim.click_date ? date(str(claim.click_date)) : undefined, 'click-date')}
        {row(f.eventType, claim.event_type, 'event-type')}
        {row(f.expectedPayout, claim.expected_payout ? money(str(claim.expected_payout), payoutCur) : undefined, 'expected-payout')}
        {row(f.trackedActionId, claim.tracked?.action_id, 'tracked-action')}
        {row(f.trackedAmount, claim.tracked?.amount ? money(str(claim.tracked.amount), cur) : undefined, 'tracked-amount')}
        {row(f.trackedPayout, claim.tracked?.payout ? money(str(claim.tracked.payout), payoutCur) : undefined, 'tracked-payout')}
        {row(f.trackedDate, claim.tracked?.date ? date(str(claim.tracked.date)) : undefined, 'tracked-date')}
        {row(f.completedOnline, claim.order?.completed_online === undefined ? undefined : claim.order.completed_online ? m.common.yes : m.common.no, 'online')}
      </dl>
      {items.length ? (
        <TableWrap label={f.items}>
        <table class="items">
          <caption>{f.items}</caption>
          <thead><tr><th scope="col">{c.sku}</th><th scope="col">{c.itemName}</th><th scope="col">{c.category}</th><th scope="col" class="num">{c.quantity}</th><th scope="col" class="num">{c.subtotal}</th></tr></thead>
          <tbody>
            {items.map((it, i) => (
              <tr key={i}><td>{str(it.sku) ?? '—'}</td><td>{str(it.name) ?? '—'}</td><td>{str(it.category) ?? '—'}</td><td class="num">{str(it.quantity) ?? '—'}</td><td class="num">{money(str(it.subtotal), cur)}</td></tr>
            ))}
          </tbody>
        </table>
        </TableWrap>
      ) : null}
      {claim.comment ? <><h3>{f.comment}</h3><p class="comment" data-field="comment">{str(claim.comment)}</p></> : null}
      {messages.length ? (
        <>
          <h3>{f.messages}</h3>
          <ol class="messages">
            {messages.map((msg, i) => (
              <li key={i} data-from={str(msg.from)}><span class="sub">{c.from(msg.from === 'advertiser' ? c.you : c.publisher, date(str(msg.on)))}</span> {str(msg.text)}</li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
