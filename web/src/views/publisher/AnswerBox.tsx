// What became of a sent claim: when and how it was sent, and the advertiser's answer. An
// accepted claim offers its member's cashback as a credit, which the Members view applies
// to the ledger (store/credits.ts); once the ledger names the claim, it says so.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ClaimRecord } from '../../store/schema.ts';
import { creditOfferOf, memberCashback } from '../../store/credits.ts';

export function SentNote({ sent }: { sent: NonNullable<ClaimRecord['sent']> }) {
  const { m, date } = useI18n();
  return <p class="status-note" data-field="sent-note">{m.publisher.sentOn(date(sent.on), m.publisher.formats[sent.via], sent.file)}</p>;
}

export function AnswerBox({ record }: { record: ClaimRecord }) {
  const { core, workspace } = useApp();
  const { m, date, money, decimal } = useI18n();
  const answer = record.answer;
  const offer = creditOfferOf(record);
  const [credit, setCredit] = useState<{ amount: string | null; share: string | null; credited: boolean } | null>(null);

  useEffect(() => {
    if (!offer) return;
    let live = true;
    void (async () => {
      const share = await workspace.getSetting('member_share');
      const amount = share && offer.payout ? await memberCashback((op, request) => core.call(op, request), offer.payout, offer.currency, share).catch(() => null) : null;
      const ledger = await workspace.guard(() => workspace.db.getAll('ledger'));
      const credited = ledger.some((r) => r.entry.reference === offer.claim_id && r.entry.member === offer.member);
      if (live) setCredit({ amount, share, credited });
    })().catch(() => undefined);
    return () => { live = false; };
  }, [record.key, record.rev]);

  if (!answer) return null;
  const reason = answer.decline_reason
    ? (m.advertiser.declineReasons as Record<string, string | undefined>)[answer.decline_reason] ?? answer.decline_reason : null;
  return (
    <section class="answer-box" data-decision={answer.decision} aria-labelledby="answer-title">
      <h2 id="answer-title">{m.publisher.answerTitle}</h2>
      <p data-field="answer">{m.publisher.answers[answer.decision](date(answer.on))}</p>
      {answer.decision === 'accept' && answer.payout ? <p>{m.publisher.answerPayout(money(answer.payout, answer.currency))}</p> : null}
      {reason ? <p>{m.publisher.answerReason(reason)}</p> : null}
      {answer.message ? <p class="message-text">{m.publisher.answerMessage}<br />{answer.message}</p> : null}
      {record.sent ? <SentNote sent={record.sent} /> : null}
      {offer && credit ? (
        <div class="credit-offer" data-field="credit-offer">
          {credit.credited
            ? <p>{m.publisher.credited(offer.member)}</p>
            : !offer.payout
              ? <p data-field="credit-no-payout">{m.publisher.creditNoPayout(offer.member)}</p>
            : credit.amount && credit.share
              ? <p>{m.publisher.creditOffer(offer.member, money(credit.amount, offer.currency), decimal(credit.share))}{' '}
                  <a href={formatRoute('members', 'credits')}>{m.publisher.creditInMembers}</a></p>
              : <p>{m.publisher.creditNoShare} <a href={formatRoute('publisher', 'programs')}>{m.publisher.programsLink}</a></p>}
        </div>
      ) : null}
    </section>
  );
}
