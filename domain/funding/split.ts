/** One share of a proportional split: a key (a unit) and its weight (enrolled students). */
export interface SplitBasis<K> {
  key: K;
  weight: number;
}

export interface SplitShare<K> {
  key: K;
  cents: number;
  weight: number;
}

/**
 * Splits a total in proportion to the weights (Tor Vergata divides the fund by enrolled students, seed 002) with
 * the largest-remainder method, so the shares add up to the total to the cent. Each share first gets the floor of
 * its exact quota; the cents left over go one each to the largest remainders, ties to the earlier basis entry,
 * so the same input always gives the same split. With every weight zero the total is split evenly.
 * BigInt keeps total x weight exact however large the fund.
 */
export const splitProportionally = <K>(
  totalCents: number,
  basis: readonly SplitBasis<K>[],
): SplitShare<K>[] => {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) throw new RangeError('total must be whole cents');
  if (basis.length === 0) return [];
  if (basis.some((b) => !Number.isSafeInteger(b.weight) || b.weight < 0))
    throw new RangeError('weights must be non-negative integers');
  const allZero = basis.every((b) => b.weight === 0);
  const weights = basis.map((b) => BigInt(allZero ? 1 : b.weight));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const total = BigInt(totalCents);
  const floors = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  let left = Number(total - floors.reduce((a, b) => a + b, 0n));
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Array<number>(basis.length).fill(0);
  for (const { index } of order) {
    if (left === 0) break;
    extra[index] = 1;
    left -= 1;
  }
  return basis.map((b, i) => ({ key: b.key, weight: b.weight, cents: Number(floors[i]) + (extra[i] ?? 0) }));
};
