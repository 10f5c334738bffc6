import { expect, test } from 'vitest';
import type { Point } from './series';
import { snapshot } from './snapshot';
import { changeItemWords, rankChanges } from './what-changed';

const place = (geo: string, before: number | null, now: number | null) => ({
	geo,
	name: `State ${geo}`,
	points: [
		{ period: '2024-04', value: before, status: before === null ? 'missing' : 'provisional' },
		{ period: '2025-04', value: now, status: now === null ? 'missing' : 'provisional' }
	] satisfies Point[]
});

const places = [
	place('AA', 1000, 1200), // +20 %, +200
	place('BB', 5000, 6000), // +20 %, +1000: same percent, larger count first
	place('CC', 200, 100), // −50 %
	place('DD', 3000, 2400), // −20 %
	place('EE', 20, 30), // +50 %, but too few deaths a year earlier
	place('FF', null, 500), // nothing to compare with
	place('GG', 400, null), // no count now
	place('HH', 100, 100) // no change: in neither list
];

test('rises and falls are ranked by percent; ties go to the larger change in deaths', () => {
	const r = rankChanges(snapshot(places, '2025-04'));
	expect(r.rises.map((x) => [x.geo, x.percent, x.difference])).toEqual([
		['BB', 20, 1000],
		['AA', 20, 200]
	]);
	expect(r.falls.map((x) => [x.geo, x.percent])).toEqual([
		['CC', -50],
		['DD', -20]
	]);
	expect(r.compared).toBe(5);
});

test('small, missing and unmatched places are left out, each with the reason', () => {
	expect(rankChanges(snapshot(places, '2025-04')).left).toEqual([
		{ name: 'State EE', why: 'fewer than 100 deaths a year earlier' },
		{ name: 'State FF', why: 'no count a year earlier' },
		{ name: 'State GG', why: 'no count for this period' }
	]);
});

test('the minimum and the length of the lists can be set', () => {
	const r = rankChanges(snapshot(places, '2025-04'), { minPrevious: 10, top: 1 });
	expect(r.rises.map((x) => x.geo)).toEqual(['EE']);
	expect(r.falls.map((x) => x.geo)).toEqual(['CC']);
});

test('the snapshot carries a rate only when a population is given', () => {
	const [withPop, without] = snapshot(
		[
			{
				...place('AA', 1000, 1200),
				population: [{ period: '2024', value: 2_000_000, status: 'final' }]
			},
			place('BB', 1, 2)
		],
		'2025-04'
	);
	// 2025 has no estimate: the 2024 population stands in, and the point says so
	expect(withPop!.rate).toMatchObject({ value: 60, status: 'provisional' });
	expect(withPop!.rate!.note).toContain('2024 estimate is used');
	expect(without!.rate).toBeUndefined();
});

test.each([
	[
		{ previous: 1599, value: 1982, difference: 383, percent: 23.95 },
		'up 24 %: from 1,599 to 1,982 (383 more deaths)'
	],
	[
		{ previous: 310, value: 219, difference: -91, percent: -29.35 },
		'down 29 %: from 310 to 219 (91 fewer deaths)'
	],
	[
		{ previous: 100, value: 101, difference: 1, percent: 1 },
		'up 1 %: from 100 to 101 (1 more death)'
	]
])('a ranked change in words: %o', (r, words) => {
	expect(changeItemWords({ geo: 'XX', name: 'X', ...r })).toBe(words);
});
