import type { Bump } from './bump.ts';

/** One difference between two versions of a spec and the bump it needs. */
export interface Change {
  bump: Exclude<Bump, 'none'>;
  /** Where in the API: an operation and the part of it, or a top-level section. */
  where: string;
  /** What changed, in words. */
  what: string;
  /** The Redocly diff rule behind the rating, when one rated it. */
  rule?: string;
}

/** How one API's spec differs between the base and the working tree. */
export interface ApiDiff {
  api: string;
  /** `added`: the spec did not exist at the base (a new API). */
  status: 'unchanged' | 'changed' | 'added';
  changes: Change[];
  bump: Bump;
}
