// Hash routes: "#/publisher", "#/publisher/claims/<key>", "#/advertiser", "#/members",
// "#/settings". The shell reads only the first segment (the view); each view reads the
// rest itself (views/publisher/routes.ts), so a view's pages are added in its own folder.
// A link or a reload keeps the user where they were.

export const VIEWS = ['publisher', 'advertiser', 'members', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];
export const DEFAULT_VIEW: ViewName = 'publisher';

export interface Route {
  view: ViewName;
  /** The segments after the view, decoded. */
  rest: string[];
}

/** Reads a location hash; anything unknown is the default view. */
export function parseRoute(hash: string): Route {
  const segments = hash.replace(/^#\/?/, '').split('/').filter((s) => s !== '');
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    return { view: DEFAULT_VIEW, rest: [] };
  }
  const [first, ...rest] = decoded;
  if (first && (VIEWS as readonly string[]).includes(first)) return { view: first as ViewName, rest };
  return { view: DEFAULT_VIEW, rest: [] };
}

/** The hash for a view and its segments, each encoded. */
export function formatRoute(view: ViewName, ...rest: string[]): string {
  return `#/${[view, ...rest].map((s) => encodeURIComponent(s)).join('/')}`;
}

export const sameRoute = (a: Route, b: Route): boolean => a.view === b.view && a.rest.join('/') === b.rest.join('/');
