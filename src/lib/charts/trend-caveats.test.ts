import { expect, test } from 'vitest';
import { trendCaveats, type CaveatInput } from './trend-caveats';

const vsrr: CaveatInput = {
	measure: 'deaths.cocaine',
	twelveMonth: true,
	hasPredicted: true,
	regions: false,
	rate: false,
	multiples: false
};
const says = (c: CaveatInput, words: RegExp) => trendCaveats(c).some((x) => words.test(x));

test('VSRR drug deaths: overlapping months and drug categories, provisional counts', () => {
	expect(says(vsrr, /same month a year earlier/)).toBe(true);
	expect(says(vsrr, /do not add up to the all-drug total/)).toBe(true);
	expect(says(vsrr, /underreported/)).toBe(true);
	expect(says(vsrr, /sum of its states/)).toBe(false);
	expect(says(vsrr, /crude/)).toBe(false);
});

test('regions and rates bring their own caveats', () => {
	const c = { ...vsrr, regions: true, rate: true };
	expect(says(c, /sum of its states’ values, added up here/)).toBe(true);
	expect(says(c, /crude rates.*usually age-adjusted/)).toBe(true);
});

test('a calendar-period measure without predictions has none of the VSRR caveats', () => {
	const c = { ...vsrr, measure: 'ed-visits.all-drugs', twelveMonth: false, hasPredicted: false };
	expect(trendCaveats(c)).toEqual([]);
});

test('small multiples say they share one scale, and what the line styles mean', () => {
	expect(trendCaveats({ ...vsrr, multiples: true })[0]).toMatch(
		/share one vertical scale: the solid line/
	);
});
