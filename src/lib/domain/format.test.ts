import { expect, test } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatFixed, formatNumber, formatPercent, inSentence } from './format';

test.each([
	['Overdose deaths involving cocaine', 'overdose deaths involving cocaine'],
	['ED visits for a nonfatal overdose', 'ED visits for a nonfatal overdose'],
	['HHS Region 5', 'HHS Region 5']
])('“%s” inside a sentence reads “%s”', (label, words) => {
	expect(inSentence(label)).toBe(words);
});

test.each([
	[formatCount(107573), '107,573'],
	[formatCount(0.6), '1'],
	[formatNumber(31.26), '31.3'],
	[formatNumber(0.123456, 2), '0.12'],
	[formatNumber(2_000, 2), '2,000'],
	[formatPercent(-3.14), '-3.1 %'],
	[formatPercent(22.4), '22 %']
])('numbers read as people write them: %s', (shown, expected) => {
	expect(shown).toBe(expected);
});

test.each([
	[1.005, 2],
	[0.5, 0],
	[1.5, 0],
	[2.5, 0],
	[-0.04, 1],
	[-0, 0],
	[999.96, 1],
	[1e21, 0],
	[1.5e-7, 2],
	[123456789.987, 2],
	[NaN, 1],
	[-Infinity, 0]
])('%s with at most %i decimals reads as Intl.NumberFormat writes it', (n, digits) => {
	const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
	expect(formatNumber(n, digits)).toBe(intl.format(n));
});

test('any number reads as Intl.NumberFormat writes it (en-US, 0–3 decimals)', () => {
	fc.assert(
		fc.property(
			fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.double({ min: -1e7, max: 1e7 })),
			fc.integer({ min: 0, max: 3 }),
			(n, digits) => {
				const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
				expect(formatNumber(n, digits)).toBe(intl.format(n));
			}
		),
		{ numRuns: 5000 }
	);
});

test.each([
	[1, 1, '1.0'],
	[2.5, 1, '2.5'],
	[12000, 0, '12,000'],
	[0.125, 2, '0.13']
])('%s with exactly %i decimals reads %s', (n, digits, shown) => {
	expect(formatFixed(n, digits)).toBe(shown);
});
