import { describe, expect, test } from 'vitest';
import {
	EXPANSION,
	EXPANSION_ADOPTED,
	expansionDates,
	isDay,
	shareInEffect,
	type Day
} from './medicaid-expansion';
import type { Series } from './series';

const day = (iso: string): Day => {
	const [year, month, d] = iso.split('-').map(Number);
	return { year: year!, month: month!, day: d! };
};

const yearly = (geo: string, start: Day | null, from = 2013, to = 2025): Series => ({
	dataset: 'kff-medicaid-expansion',
	measure: EXPANSION,
	geo,
	unit: 'share',
	points: Array.from({ length: to - from + 1 }, (_, i) => ({
		period: String(from + i),
		value: shareInEffect(start, from + i),
		status: 'final' as const
	}))
});

const shares: [string, number, number][] = [
	['2014-01-01', 2014, 1],
	['2014-01-01', 2013, 0],
	['2014-01-01', 2020, 1],
	['2015-09-01', 2015, 122 / 365],
	['2016-07-01', 2016, 184 / 366],
	['2020-12-31', 2020, 1 / 366]
];

test.each(shares)('starting %s, the share of %i in effect is %f', (start, year, share) => {
	expect(shareInEffect(day(start), year)).toBeCloseTo(share, 12);
});

test('never in effect is 0 every year', () => {
	expect(shareInEffect(null, 2024)).toBe(0);
});

test.each([
	['2016-02-29', true],
	['2015-02-29', false],
	['2019-13-01', false],
	['2019-04-31', false]
])('%s is a real day: %s', (iso, real) => {
	expect(isDay(day(iso))).toBe(real);
});

describe('expansionDates', () => {
	test('reads back every start day of 2014–2025 exactly', () => {
		for (let t = Date.UTC(2014, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
			const iso = new Date(t).toISOString().slice(0, 10);
			expect(expansionDates([yearly('XX', day(iso))])[0]!.date).toBe(iso);
		}
	});

	test('lists in-effect states by date, then adopted-not-yet, then not adopted', () => {
		const adopted = (geo: string, value: number): Series => ({
			dataset: 'kff-medicaid-expansion',
			measure: EXPANSION_ADOPTED,
			geo,
			unit: '1 = adopted',
			points: [{ period: '2025-08', value, status: 'final' }]
		});
		const list = expansionDates([
			yearly('MO', day('2021-10-01')),
			yearly('TX', null),
			yearly('AK', day('2015-09-01')),
			yearly('NV', null),
			adopted('NV', 1),
			adopted('TX', 0)
		]);
		expect(list).toEqual([
			{ geo: 'AK', status: 'in-effect', date: '2015-09-01' },
			{ geo: 'MO', status: 'in-effect', date: '2021-10-01' },
			{ geo: 'NV', status: 'adopted-not-in-effect', date: null },
			{ geo: 'TX', status: 'not-adopted', date: null }
		]);
	});
});
