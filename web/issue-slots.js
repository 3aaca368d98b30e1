// Puts each issue next to the input its JSON Pointer names. Inputs sit in elements with
// data-issue-path (a pointer into the request) holding a .field-issues box; an issue goes
// to the slot whose path is the longest prefix of its own ("/claims/0/attachments/1/sha256"
// → the second attachment's row). Issues no slot takes go to the fallback box.
import { issueLine } from './dom.js';

const isPrefix = (prefix, path) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * @param {HTMLElement} root
 * @param {import('./claims-core').Issue[]} issues
 * @param {HTMLElement} fallback
 */
export function placeIssues(root, issues, fallback) {
  const slots = Array.from(root.querySelectorAll('[data-issue-path]'));
  for (const slot of slots) {
    slot.querySelector(':scope > .field-issues')?.replaceChildren();
    slot.removeAttribute('data-severity');
    for (const input of slot.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  }
  fallback.replaceChildren();
  for (const issue of issues) {
    let best = null;
    for (const slot of slots) {
      const path = slot.getAttribute('data-issue-path');
      if (isPrefix(path, issue.path) && (!best || path.length > best.getAttribute('data-issue-path').length)) {
        best = slot;
      }
    }
    const box = best?.querySelector(':scope > .field-issues');
    if (!best || !box) {
      fallback.append(issueLine(issue, { showPath: true }));
      continue;
    }
    box.append(issueLine(issue));
    if (issue.severity === 'error' || !best.hasAttribute('data-severity')) {
      best.setAttribute('data-severity', issue.severity);
    }
    if (issue.severity === 'error') {
      for (const input of best.querySelectorAll(':scope > label > :is(input, select, textarea)')) {
        input.setAttribute('aria-invalid', 'true');
      }
    }
  }
}
