// The publisher's tasks in the core's worker (types: protocol.ts). One claim index per
// worker holds the workspace's claims for the list; the import and answers files are held
// by their modules until the next file.
import type { TaskHandlers } from '../../../core/tasks.ts';
import type { PublisherTasks } from './protocol.ts';
import { ClaimIndex } from './claimIndex.ts';
import * as csvImport from './importSession.ts';
import * as proofs from './proofs.ts';
import * as send from './send.ts';
import * as answers from './answers.ts';

const index = new ClaimIndex();

export const publisherTasks: TaskHandlers<PublisherTasks> = {
  async claims_changed({ keys, settings }) {
    index.changed(keys, settings ?? false);
    return null;
  },
  claims_query: (input, context) => index.query(context, input),
  claims_keys: async (input, context) => ({ keys: await index.keys(context, input) }),
  async claims_revert({ records }, context) {
    const workspace = await context.workspace();
    const byKey = new Map(records.map((r) => [r.key, r]));
    const { after } = await workspace.updateClaims([...byKey.keys()], (current) => {
      const earlier = byKey.get(current.key);
      return earlier ? { ...earlier, rev: current.rev } : null;
    });
    index.changed(after.map((r) => r.key));
    return { restored: after.length };
  },

  import_check: (input, context) => csvImport.checkFile(context, index, input),
  import_details: (input, context) => csvImport.details(context, index, input),
  import_page: async (input) => csvImport.page(input),
  import_fix: (input, context) => csvImport.fix(context, index, input),
  import_commit: (input, context) => csvImport.commit(context, index, input),

  proofs_match: (input, context) => proofs.matchFiles(context, index, input),
  proofs_attach: (input, context) => proofs.attach(context, index, input),

  send_build: (input, context) => send.build(context, index, input),
  send_mark: (input, context) => send.mark(context, index, input),

  answers_read: (input, context) => answers.read(context, index, input),
  answers_apply: (input, context) => answers.apply(context, index, input),
};
