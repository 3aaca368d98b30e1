// The claim's proof attachments: each picked file becomes {name, media_type, size,
// sha256, kind}. The media type comes from the file's first bytes through the core
// (sniff_media_type), never from its name or the browser's guess; the digest from WebCrypto.
import { sha256Hex } from './claims-core.js';
import { ATTACHMENT_KINDS } from './claim-fields.js';
import { el, errorLine, formatSize } from './dom.js';

/** A preselected kind the user can change: PDFs are usually confirmations, images screenshots. */
function guessKind(mediaType) {
  if (mediaType === 'application/pdf') return 'order_confirmation';
  if (mediaType.startsWith('image/')) return 'screenshot';
  return 'other';
}

/**
 * @param {import('./claims-core').ClaimsCore} core
 * @param {{input: HTMLInputElement, list: HTMLElement, status: HTMLElement, issuePath: string,
 *          onChange: () => void}} parts
 */
export function createAttachments(core, { input, list, status, issuePath, onChange }) {
  /** @type {import('./drafts.js').AttachmentMeta[]} */
  let items = [];

  async function describe(file) {
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
    const media_type = core.sniffMediaType(head);
    const sha256 = await sha256Hex(await file.arrayBuffer());
    return { name: file.name, media_type, size: file.size, sha256, kind: guessKind(media_type) };
  }

  input.addEventListener('change', async () => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    status.replaceChildren(el('span', `Reading ${files.length} file(s)…`));
    const failures = [];
    for (const file of files) {
      try {
        items.push(await describe(file));
      } catch (e) {
        failures.push(errorLine(e));
      }
    }
    status.replaceChildren(...failures);
    render();
    onChange();
  });

  function render() {
    const rows = items.map((item, index) => {
      const row = el('li', '', { class: 'attachment', 'data-issue-path': `${issuePath}/${index}` });
      const kind = el('select', '', { 'aria-label': `Kind of ${item.name}`, name: 'attachment-kind' });
      for (const [value, label] of ATTACHMENT_KINDS) {
        kind.append(el('option', label, { value, selected: value === item.kind }));
      }
      kind.addEventListener('change', () => { item.kind = kind.value; onChange(); });
      const remove = el('button', 'Remove', { type: 'button', class: 'link', 'aria-label': `Remove ${item.name}` });
      remove.addEventListener('click', () => { items.splice(index, 1); render(); onChange(); });
      row.append(
        el('span', item.name, { class: 'name' }),
        el('span', formatSize(item.size), { class: 'size' }),
        el('span', item.media_type, { class: 'type' }),
        el('code', item.sha256, { class: 'digest' }),
        kind, remove, el('div', '', { class: 'field-issues' }));
      return row;
    });
    list.replaceChildren(...rows);
    list.hidden = items.length === 0;
  }

  return {
    list: () => items,
    set(next) { items = next.map((a) => ({ ...a })); render(); },
  };
}
