// The publisher view's pages: "#/publisher" (the claims), "#/publisher/claims/<key>" (one
// claim in the editor), "#/publisher/import" (a CSV file), "#/publisher/proofs" (proof for
// many claims), "#/publisher/send", "#/publisher/answers", "#/publisher/programs".
export const PUBLISHER_PAGES = ['import', 'proofs', 'send', 'answers', 'programs'] as const;
export type PublisherPageName = (typeof PUBLISHER_PAGES)[number];
export type PublisherPage = { page: 'claims' } | { page: 'claim'; key: string } | { page: PublisherPageName };

export function publisherPage(rest: readonly string[]): PublisherPage {
  if (rest[0] === 'claims' && rest[1]) return { page: 'claim', key: rest[1] };
  const name = PUBLISHER_PAGES.find((p) => p === rest[0]);
  return name ? { page: name } : { page: 'claims' };
}
