import { expect, test } from 'vitest';
import { changeWords, headline, provisionalWords, releaseWords } from './headline';
import type { Point } from './series';

const series = (values: Record<string, number | null>, extra: Partial<Point> = {}): Point[] =>
	Object.entries(values).map(([period, value]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'provisional',
		...extra
	}));

const reported = series(
	{ '2025-01': 47030, '2025-12': 38000, '2026-01': 36825 },
	{ incomplete: true }
);
const predicted = series({ '2025-01': 48000, '2026-01': 38400 });
const pending = series({ '2026-01': 0.25 });

test('the headline is the latest count and its change from the same period a year earlier', () => {
	const h = headline({ reported, predicted, pending })!;
	expect(h).toMatchObject({
		period: '2026-01',
		value: 36825,
		change: { previousPeriod: '2025-01', previous: 47030 },
		predicted: { value: 38400, change: { previous: 48000, percent: -20 } },
		pending: 0.25,
		incomplete: true
	});
	expect(h.change!.percent).toBeCloseTo(-21.7, 1);
});

test('a trailing gap is skipped: the headline is the latest month with a count', () => {
	const h = headline({ reported: series({ '2025-12': 90, '2026-01': null }) });
	expect(h?.period).toBe('2025-12');
	expect(headline({ reported: series({ '2026-01': null }) })).toBeNull();
});

test.each([
	[
		'a fall',
		{ period: '2026-01', previousPeriod: '2025-01', value: 36825, previous: 47030, percent: -21.7 },
		'Down 22 % from 47,030 in the 12 months ending January 2025'
	],
	[
		'a small rise',
		{ period: '2025-04', previousPeriod: '2024-04', value: 1030, previous: 1000, percent: 3 },
		'Up 3 % from 1,000 in the 12 months ending April 2024'
	],
	[
		'no change',
		{ period: '2025-04', previousPeriod: '2024-04', value: 10, previous: 10, percent: 0 },
		'About the same as 10 in the 12 months ending April 2024'
	],
	['nothing to compare', null, 'No count for the same period a year earlier to compare']
])('change words: %s', (_, change, words) => {
	expect(changeWords(change)).toBe(words);
});

test('the provisional note gives the share pending and CDC’s predicted count with its own change', () => {
	expect(provisionalWords(headline({ reported, predicted, pending })!)).toBe(
		'Provisional and underreported: some deaths are still being investigated. ' +
			'0.25 % of these deaths were still pending investigation when CDC published them. ' +
			'CDC’s predicted count, which allows for reports still to come, is 38,400 (down 20 %).'
	);
});

test('a final count without pending or predicted values needs no provisional note', () => {
	expect(
		provisionalWords(headline({ reported: series({ '2023-12': 5 }, { status: 'final' }) })!)
	).toBeNull();
});

test('the release sentence says when measures come from releases that end in different months', () => {
	expect(
		releaseWords([
			{ what: 'synthetic opioids', release: '2026-01' },
			{ what: 'all drugs', release: '2025-04' }
		])
	).toBe(
		'From CDC’s provisional counts: the newest data in this build run through January 2026 for synthetic opioids, ' +
			'and through April 2025 for all drugs, so these figures cover different 12-month periods. ' +
			'CDC revises these provisional counts with every monthly release.'
	);
	expect(
		releaseWords([
			{ what: 'synthetic opioids', release: '2025-04' },
			{ what: 'all drugs', release: '2025-04' }
		])
	).toBe(
		'From CDC’s provisional counts, data through April 2025. CDC revises these provisional counts with every monthly release.'
	);
});
