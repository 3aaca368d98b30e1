// The workspace's settings: the publisher's identity, the default program rules, and the
// whole workspace as one file (export, and import after a confirmation).
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Policy } from '../../core/types.ts';
import { BackupError, exportWorkspace, readBackup } from '../../store/backup.ts';
import { Workspace } from '../../store/workspace.ts';
import type { Settings } from '../../store/schema.ts';
import { TextField } from '../../ui/fields.tsx';
import { FilePick } from '../../ui/FilePick.tsx';
import { PolicyForm } from '../../ui/PolicyForm.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { formatSize } from '../../format/numbers.ts';
import { todayIso } from '../../format/dates.ts';
import { saveBlob } from '../../ui/download.ts';

export function SettingsView() {
  const { workspace, notify } = useApp();
  const { m, tag, date } = useI18n();
  const [publisher, setPublisher] = useState<Settings['publisher'] | null>(null);
  const [policies, setPolicies] = useState<Settings['policies'] | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [pending, setPending] = useState<{ file: File; claims: number; exported: string } | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);

  useEffect(() => {
    const load = () => {
      void workspace.getSetting('publisher').then(setPublisher);
      void workspace.getSetting('policies').then(setPolicies);
      void Workspace.estimate().then(setUsage);
    };
    load();
    return workspace.onChange((c) => { if (c.store === 'settings') load(); });
  }, [workspace]);

  function savePublisher(next: Settings['publisher']) {
    setPublisher(next);
    void workspace.setSetting('publisher', next).catch(() => undefined);
  }

  function savePolicy(policy: Policy) {
    if (!policies) return;
    const next = { ...policies, default: policy };
    setPolicies(next);
    void workspace.setSetting('policies', next).catch(() => undefined);
  }

  async function download() {
    saveBlob(await exportWorkspace(workspace), `cashback-claims-workspace-${todayIso()}.zip`);
    notify({ text: m.settings.exported });
  }

  async function pick(file: File) {
    setImportProblem(null);
    try {
      const { manifest, records } = await readBackup(file);
      setPending({ file, claims: records.claims.length, exported: date(manifest.exported_at.slice(0, 10)) });
    } catch (e) {
      setPending(null);
      setImportProblem(e instanceof BackupError ? m.settings.importErrors[e.reason] : String(e));
    }
  }

  async function replace() {
    if (!pending) return;
    try {
      const { records } = await readBackup(pending.file);
      await workspace.replaceAll(records);
      notify({ text: m.settings.imported(pending.claims) });
    } catch (e) {
      setImportProblem(e instanceof BackupError ? m.settings.importErrors[e.reason] : String(e));
    }
    setPending(null);
  }

  const policy = policies?.default;
  return (
    <div class="view" data-view="settings">
      <ViewHeading>{m.settings.title}</ViewHeading>
      <section aria-labelledby="settings-publisher">
        <h2 id="settings-publisher">{m.settings.publisherTitle}</h2>
        <p class="note">{m.settings.publisherNote}</p>
        {publisher ? (
          <div class="grid">
            <TextField name="publisher_id" label={m.issues.fields.publisherId} example="pub-42" value={publisher.id || undefined}
              onValue={(v) => savePublisher({ ...publisher, id: v ?? '' })} />
            <TextField name="publisher_name" label={m.settings.publisherName} example="Example Cashback" value={publisher.name || undefined}
              onValue={(v) => savePublisher({ ...publisher, name: v ?? '' })} />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="settings-policy">
        <h2 id="settings-policy">{m.settings.policyTitle}</h2>
        <p class="note">{m.settings.policyNote}</p>
        {policy ? <PolicyForm policy={policy} onChange={savePolicy} /> : null}
      </section>
      <section aria-labelledby="settings-workspace">
        <h2 id="settings-workspace">{m.settings.workspaceTitle}</h2>
        <p class="note">{m.settings.workspaceNote}</p>
        {usage ? <p class="note" data-field="usage">{m.settings.usage(formatSize(usage.usage, tag), formatSize(usage.quota, tag))}</p> : null}
        <div class="actions">
          <button type="button" onClick={download}>{m.settings.export}</button>
          <FilePick label={m.settings.importPick} field="import-input" accept=".zip,application/zip" look="secondary"
            onFiles={([file]) => { if (file) void pick(file); }} />
        </div>
        {importProblem ? <p class="issue" data-severity="error" role="alert">{importProblem}</p> : null}
        {pending ? (
          <div class="banner" role="alert" data-kind="confirm">
            <p>{m.settings.importQuestion(pending.claims, pending.exported)}</p>
            <button type="button" class="danger" onClick={replace}>{m.settings.importReplace}</button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>{m.common.cancel}</button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
