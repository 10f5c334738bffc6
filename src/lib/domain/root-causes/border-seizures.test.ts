import { expect, test } from 'vitest';
import type { CbpArea } from '../cbp';
import type { Point } from '../series';
import { borderSeizuresPerCapita } from './border-seizures';

const area = (
	id: string,
	states: string[],
	regions: CbpArea['regions'] = ['southwest']
): CbpArea => ({
	id,
	name: id.toUpperCase(),
	component: 'usbp',
	regions,
	states,
	note: '',
	source: ''
});
const months = (year: number, lbs: (number | null)[]): Point[] =>
	lbs.map((v, i) => ({
		period: `${year}-${String(i + 1).padStart(2, '0')}`,
		value: v,
		status: v === null ? 'missing' : 'final'
	}));

const areas = [
	area('cbp:a', ['AZ']),
	area('cbp:b', ['AZ']),
	area('cbp:shared', ['AZ', 'CA']),
	area('cbp:nm', ['NM', 'TX'])
];
const monthly = {
	'cbp:a': [...months(2022, Array(12).fill(10)), ...months(2023, [...Array(11).fill(1), null])],
	'cbp:b': months(2022, Array(12).fill(5)),
	'cbp:shared': months(2022, Array(12).fill(1000)),
	'cbp:nm': months(2022, Array(12).fill(1000))
};
const population = {
	AZ: [{ period: '2022', value: 7_000_000, status: 'final' as const }],
	NM: [{ period: '2022', value: 2_000_000, status: 'final' as const }]
};

test('only areas wholly inside one state are credited to it; a shared area is left out', () => {
	const r = borderSeizuresPerCapita({ areas, monthly, population, states: ['AZ', 'NM'] });
	// (12·10 + 12·5) lbs / 7,000,000 people × 100,000 = 2.5714 lbs per 100,000
	expect(r.byState.AZ![0]).toMatchObject({ period: '2022', value: 2.5714, status: 'final' });
	expect(r.credited).toEqual({ AZ: ['CBP:A', 'CBP:B'] });
	expect(r.byState.NM).toBeUndefined();
	expect(r.leftOut.map((a) => a.id)).toEqual(['cbp:shared', 'cbp:nm']);
});

test('a year with a missing month is a gap, not a smaller total', () => {
	const r = borderSeizuresPerCapita({ areas, monthly, population, states: ['AZ'] });
	expect(r.byState.AZ!.find((p) => p.period === '2023')).toMatchObject({
		value: null,
		status: 'missing'
	});
});
