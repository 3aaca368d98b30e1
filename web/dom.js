// Small DOM helpers shared by the page's parts. Text from users, files and the core is
// always written with textContent (el's `text`), never parsed as HTML.
import { ClaimsError } from './claims-core.js';

export const $ = (selector, root = document) => /** @type {HTMLElement} */ (root.querySelector(selector));

/** Creates an element with text content (never HTML) and attributes. */
export function el(tag, text = '', attrs = {}) {
  const node = document.createElement(tag);
  if (text !== '' && text !== null && text !== undefined) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : String(v));
  }
  return node;
}

/** The local calendar day as YYYY-MM-DD (the page's default "as of"). */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Calls fn once typing has paused for `ms`; `.now()` runs it at once, `.cancel()` drops it. */
export function debounce(fn, ms) {
  let timer = 0;
  const run = () => { clearTimeout(timer); timer = 0; fn(); };
  const debounced = () => { clearTimeout(timer); timer = setTimeout(run, ms); };
  debounced.now = run;
  debounced.cancel = () => { clearTimeout(timer); timer = 0; };
  return debounced;
}

const bytesFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
export function formatSize(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${bytesFormat.format(n / 1024)} KB`;
  return `${bytesFormat.format(n / (1024 * 1024))} MB`;
}

/** One issue as a line: its code, its sentence, and (optionally) its path. */
export function issueLine(issue, { showPath = false } = {}) {
  const p = el('p', '', { class: 'issue', 'data-severity': issue.severity, 'data-code': issue.code });
  p.append(el('code', issue.code), ` ${issue.message}`);
  if (showPath && issue.path) p.append(' ', el('code', issue.path, { class: 'path' }));
  return p;
}

/** A refused request (ClaimsError) or any other failure, as one error line. */
export function errorLine(error) {
  if (error instanceof ClaimsError) {
    return issueLine({ severity: 'error', code: error.code, message: error.message, path: error.path },
      { showPath: true });
  }
  return el('p', String(error?.message ?? error), { class: 'issue', 'data-severity': 'error' });
}

export function showError(target, error) {
  target.replaceChildren(errorLine(error));
}

/** A definition list row: term, value (— when null) and a data-field for tests. */
export function dlRow(dl, term, value, field) {
  dl.append(el('dt', term), el('dd', value ?? '—', { 'data-field': field }));
}
