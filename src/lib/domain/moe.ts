/**
 * Margins of error for estimates derived from American Community Survey
 * tables, with the Census Bureau's approximations (ACS General Handbook,
 * chapter 8, "Calculating Measures of Error for Derived Estimates"). ACS
 * margins of error are at the 90 % confidence level, and so are these.
 */

/** A sum of estimates: the square root of the sum of the squared margins. */
export function moeOfSum(moes: readonly number[]): number {
	return Math.sqrt(moes.reduce((n, m) => n + m * m, 0));
}

/**
 * A proportion X / Y where X is a subset of Y. When the term under the root
 * is negative, the handbook says to use the ratio formula (a plus sign) instead.
 */
export function moeOfProportion(x: number, moeX: number, y: number, moeY: number): number {
	const p = x / y;
	const under = moeX * moeX - p * p * moeY * moeY;
	return Math.sqrt(under >= 0 ? under : moeX * moeX + p * p * moeY * moeY) / y;
}
