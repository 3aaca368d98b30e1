// The publisher view's pages: "#/publisher" (the claims), "#/publisher/claims/<key>" (one
// claim in the editor), "#/publisher/import" (a CSV file). Pages are added here.
export type PublisherPage = { page: 'claims' } | { page: 'claim'; key: string } | { page: 'import' };

export function publisherPage(rest: readonly string[]): PublisherPage {
  if (rest[0] === 'claims' && rest[1]) return { page: 'claim', key: rest[1] };
  if (rest[0] === 'import') return { page: 'import' };
  return { page: 'claims' };
}
