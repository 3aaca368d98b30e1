// The settings view, English. French: settings.fr.ts (typed against this one).
import { pluralEn } from './catalogue.ts';
const s = pluralEn;

export const settingsEn = {
  title: 'Settings',
  publisherTitle: 'Your publisher identity',
  publisherNote: 'Put on every new claim and package.',
  publisherName: 'Publisher name',
  policyTitle: 'Program rules',
  policyNote: 'The rules claims are checked against, for advertisers without rules of their own. Proof: needed for untracked and too-low claims, at most 5 files of 10 MB, PDF, PNG, JPEG or WebP.',
  minWait: 'Minimum wait (days)',
  minWaitHint: 'Days after the order before a "not tracked" claim can be filed.',
  maxAge: 'Maximum age (days)',
  maxAgeHint: 'Days after the order (or the tracked date) after which claims are refused.',
  clickWindow: 'Click window (days)',
  clickWindowHint: 'Empty: no limit.',
  promoCodes: 'Allowed promo codes',
  promoCodesHint: 'Separated by commas. Empty: any code.',
  workspaceTitle: 'Your workspace',
  workspaceNote: 'Your claims, proof files, settings and members are kept in this browser only. Export them as one file to keep a copy or to move to another browser.',
  usage: (used: string, quota: string) => `This browser holds ${used} for the page, out of ${quota} it allows.`,
  export: 'Export the workspace',
  exported: 'The workspace file was downloaded.',
  importPick: 'Import a workspace file',
  importQuestion: (claims: number, exported: string) =>
    `This file holds ${claims} ${s(claims, 'claim', 'claims')}, exported on ${exported}. Importing it replaces everything in this workspace, in every tab.`,
  importReplace: 'Replace my workspace',
  imported: (claims: number) => `Workspace imported: ${claims} ${s(claims, 'claim', 'claims')}.`,
  importErrors: {
    not_zip: 'This file is not a workspace export (not a ZIP file).',
    not_workspace: 'This ZIP file is not a workspace export.',
    newer_version: 'This workspace was exported by a newer version of the page. Reload the page, then try again.',
    damaged: 'This workspace file is damaged: nothing was imported.',
  },
};
