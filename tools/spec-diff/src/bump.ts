/** A semver bump, from none to major, as changesets names them. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

const order: Bump[] = ['none', 'patch', 'minor', 'major'];

/** Whether `given` goes at least as far as `needed`. */
export function covers(given: Bump, needed: Bump): boolean {
  return order.indexOf(given) >= order.indexOf(needed);
}

/** The largest of the bumps (`none` for an empty list). */
export function maxBump(bumps: Iterable<Bump>): Bump {
  let max: Bump = 'none';
  for (const bump of bumps) if (!covers(max, bump)) max = bump;
  return max;
}
