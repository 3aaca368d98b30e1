// The advertiser's settings, as forms: the review date (the approval day of every preview;
// today by default) and the account balance; the contract; the claim policy; the orders
// already tracked; and, for power users, all of it as one JSON file to export or import.
import { useId, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIso } from '../../format/dates.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { DateField, MoneyField, TextAreaField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { ContractForm } from './ContractForm.tsx';
import { useAdvertiser } from './data.ts';
import { download } from './download.ts';
import { PolicyForm } from './PolicyForm.tsx';
import { knownOrdersText, parseKnownOrders, readSettingsFile, settingsFile, type SettingsFile, type SettingsFileProblem } from './settingsForm.ts';
import { useDraft } from './useDraft.ts';

export function AdvertiserSettings() {
  const { asOf, setAsOf, workspace, notify } = useApp();
  const { m, date } = useI18n();
  const data = useAdvertiser();
  const s = data.settings;
  const [contract, setContract, saveContract] = useDraft('contract', s?.contract);
  const [policy, setPolicy, savePolicy] = useDraft('advertiser_policy', s?.policy);
  const [account, setAccount, saveAccount] = useDraft('account', s?.account);
  const [known, setKnown, saveKnown] = useDraft('known_orders', s?.knownOrders);
  const [knownText, setKnownText] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<{ name: string; file: SettingsFile } | null>(null);
  const [fileProblem, setFileProblem] = useState<SettingsFileProblem | null>(null);
  const inputId = useId();
  const t = m.advertiser.settingsPage;

  if (!s || !contract || !policy || !account || !known) return <p role="status">{m.common.loading}</p>;
  const parsedKnown = knownText === undefined ? null : parseKnownOrders(knownText);

  async function pick(f: File) {
    setFileProblem(null);
    const read = readSettingsFile(await f.text());
    if (typeof read === 'string') { setPending(null); setFileProblem(read); return; }
    setPending({ name: f.name, file: read });
  }

  async function replace() {
    if (!pending) return;
    const f = pending.file;
    try {
      // What was typed a moment ago is written first, so that it cannot land after the file's values.
      await Promise.all([saveContract(), savePolicy(), saveAccount(), saveKnown()]);
      await workspace.setSetting('contract', f.contract);
      await workspace.setSetting('advertiser_policy', f.policy);
      await workspace.setSetting('account', { ...f.account, currency: f.contract.currency });
      await workspace.setSetting('auto_rules', f.rules);
      await workspace.setSetting('known_orders', f.known_orders);
    } catch (e) { shownElsewhere(e); }
    setPending(null);
    notify({ text: t.imported(pending.name) });
  }

  return (
    <>
      <section class="settings-account" aria-labelledby="settings-review">
        <ViewHeading>{t.title}</ViewHeading>
        <p class="lede">{t.lede}</p>
        <h2 id="settings-review">{t.reviewTitle}</h2>
        <div class="grid">
          <div class="with-button">
            <DateField name="review_date" label={t.reviewDate} hint={t.reviewDateHint} value={asOf} onValue={setAsOf} />
            {asOf !== todayIso() ? <button type="button" class="secondary" onClick={() => setAsOf(undefined)}>{t.today}</button> : null}
          </div>
          <MoneyField name="balance" label={t.balance(contract.currency)} hint={t.balanceHint} example="100.00" value={account.balance}
            onValue={(v) => setAccount({ balance: v ?? '', currency: contract.currency, since: asOf })} />
        </div>
        {account.since ? <p class="note" data-field="balance-since">{t.balanceSince(date(account.since))}</p> : null}
      </section>
      <section aria-labelledby="settings-contract">
        <h2 id="settings-contract">{t.contractTitle}</h2>
        <p class="note">{t.contractNote}</p>
        <ContractForm contract={contract} onChange={(c) => {
          setContract(c);
          if (c.currency !== account.currency) setAccount({ ...account, currency: c.currency });
        }} />
      </section>
      <section aria-labelledby="settings-policy">
        <h2 id="settings-policy">{t.policyTitle}</h2>
        <p class="note">{t.policyNote}</p>
        <PolicyForm policy={policy} onChange={setPolicy} />
      </section>
      <section aria-labelledby="settings-known">
        <h2 id="settings-known">{t.knownTitle}</h2>
        <TextAreaField name="known_orders" label={t.knownLabel} hint={t.knownHint} rows={4} code
          value={knownText ?? (knownOrdersText(known) || undefined)} onValue={(v) => {
            setKnownText(v ?? '');
            const parsed = parseKnownOrders(v ?? '');
            if (!parsed.bad.length) setKnown(parsed.orders);
          }} />
        {parsedKnown?.bad.length ? <p class="issue" data-severity="error" role="alert" data-field="known-bad"><strong class="issue-kind">{m.issues.severity.error}</strong> {t.knownBad(parsedKnown.bad.join(', '))}</p> : null}
      </section>
      <section aria-labelledby="settings-file">
        <h2 id="settings-file">{t.fileTitle}</h2>
        <p class="note">{t.fileNote}</p>
        <div class="actions">
          <button type="button" data-action="export-settings"
            onClick={() => download(new Blob([JSON.stringify(settingsFile({ contract, policy, account, rules: s.rules, knownOrders: known }), null, 2)],
              { type: 'application/json' }), `advertiser-settings-${asOf}.json`)}>{t.exportFile}</button>
          <input id={inputId} type="file" accept=".json,application/json" class="file-input" data-field="settings-input"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              input.value = '';
              if (f) void pick(f);
            }} />
          <label class="file-pick secondary" for={inputId}>{t.importFile}</label>
        </div>
        {fileProblem ? <p class="issue" data-severity="error" role="alert" data-field="settings-file-problem">{t.fileProblems[fileProblem]}</p> : null}
        {pending ? (
          <div class="banner" role="alert" data-kind="confirm">
            <p>{t.importQuestion(pending.name)}</p>
            <button type="button" class="danger" onClick={() => void replace()}>{t.importReplace}</button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>{m.common.cancel}</button>
          </div>
        ) : null}
      </section>
    </>
  );
}
