// Every catalogue is complete in both languages (tsc checks the shapes; this checks the
// values at run time: no empty string, every message function answers), and every issue
// code of the spec has a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues } from './index.ts';
import { ISSUE_CODES } from '../core/types.ts';
import { FIELD_KEYS } from './fields.ts';

const SAMPLE_VARS = { field: 'F', q: ['Q'], dates: ['D'], amounts: ['A', 'B'], numbers: ['1', '2'], core: 'C' };
// Later arguments are counts, or a formatter the page passes in (answersSummary's `f`):
// one value that reads as the number 1 and can also be called.
const SAMPLE_ARG = Object.assign((x: unknown) => String(x), { valueOf: () => 1, toString: () => '1' });

function walk(en: unknown, fr: unknown, path: string, problems: string[]): void {
  if (typeof en === 'string') {
    if (typeof fr !== 'string') problems.push(`${path}: not a string in French`);
    else if ((en === '') !== (fr === '')) problems.push(`${path}: empty in one language only`);
    return;
  }
  if (typeof en === 'function') {
    if (typeof fr !== 'function') { problems.push(`${path}: not a function in French`); return; }
    const args = Array.from({ length: en.length }, (_, i) => (i === 0 ? SAMPLE_VARS : SAMPLE_ARG));
    for (const [lang, fn] of [['en', en], ['fr', fr]] as const) {
      const out = (fn as (...a: unknown[]) => unknown)(...args);
      if (typeof out !== 'string' || out === '') problems.push(`${path} (${lang}): no text`);
    }
    return;
  }
  const enKeys = Object.keys(en as object).sort();
  const frKeys = Object.keys(fr as object).sort();
  assert.deepEqual(frKeys, enKeys, `${path}: the French keys differ`);
  for (const key of enKeys) walk((en as Record<string, unknown>)[key], (fr as Record<string, unknown>)[key], `${path}.${key}`, problems);
}

test('English and French have the same messages, none empty', () => {
  const problems: string[] = [];
  walk(catalogues.en, catalogues.fr, 'm', problems);
  assert.deepEqual(problems, []);
});

test('every issue code of the spec and every field has its words in both languages', () => {
  for (const locale of ['en', 'fr'] as const) {
    const cat = catalogues[locale].issues;
    assert.deepEqual(ISSUE_CODES.filter((code) => typeof (cat.messages as Record<string, unknown>)[code] !== 'function'), [], locale);
    assert.deepEqual(FIELD_KEYS.filter((key) => !cat.fields[key]), [], locale);
  }
  assert.equal(ISSUE_CODES.length, 66); // sections 3-13 of the spec, and internal.error
});
