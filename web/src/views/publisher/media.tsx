// Proof files' media types in plain words ("PNG image"), which ones the browser may show
// itself (PDF and the image types sniff_media_type knows), and a small icon for the others.
import type { Messages } from '../../i18n/index.ts';

const KNOWN = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
type Known = (typeof KNOWN)[number];

/** Types a browser shows safely by itself; anything else is only offered as a download. */
export const viewable = (mediaType: string): boolean => (KNOWN as readonly string[]).includes(mediaType.toLowerCase());

export function mediaLabel(m: Messages, mediaType: string): string {
  const type = mediaType.toLowerCase();
  return (KNOWN as readonly string[]).includes(type) ? m.publisher.mediaTypes[type as Known] : m.publisher.mediaTypes.other;
}

/** A page for PDFs, a picture frame for images, a blank sheet for the rest (decorative). */
export function MediaIcon({ mediaType }: { mediaType: string }) {
  const pdf = mediaType === 'application/pdf';
  const image = mediaType.startsWith('image/');
  return (
    <svg class="media-icon" viewBox="0 0 32 40" width="32" height="40" aria-hidden="true" focusable="false">
      <path d="M2 2h20l8 8v28H2z" fill="#fff" stroke="#4f5968" stroke-width="2" />
      <path d="M22 2v8h8" fill="none" stroke="#4f5968" stroke-width="2" />
      {pdf ? <text x="16" y="30" text-anchor="middle" font-size="9" font-weight="700" fill="#b3261e">PDF</text> : null}
      {image ? <path d="M7 31l6-8 5 6 3-3 5 5z" fill="#0a5fb4" /> : null}
      {!pdf && !image ? <path d="M8 18h16M8 23h16M8 28h10" stroke="#4f5968" stroke-width="2" /> : null}
    </svg>
  );
}
