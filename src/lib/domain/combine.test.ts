import { expect, test } from 'vitest';
import { combineMembers } from './combine';
import type { Point } from './series';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});
const pops = new Map([
	['A', new Map([['2023', 100]])],
	['B', new Map([['2023', 300]])]
]);
const popOf = (geo: string) => pops.get(geo);

test('counts add up', () => {
	const [p] = combineMembers(
		'sum',
		[
			{ geo: 'A', points: [pt('2023', 4)] },
			{ geo: 'B', points: [pt('2023', 6)] }
		],
		popOf
	);
	expect(p).toEqual({ period: '2023', value: 10, status: 'final' });
});

test('rates per head are weighted by population, not averaged', () => {
	const [p] = combineMembers(
		'per-population',
		[
			{ geo: 'A', points: [pt('2023', 1)] },
			{ geo: 'B', points: [pt('2023', 3)] }
		],
		popOf
	);
	// (1 × 100 + 3 × 300) / 400 = 2.5; a plain average would say 2
	expect(p).toEqual({ period: '2023', value: 2.5, status: 'final' });
});

test('a later year reuses the last population estimate', () => {
	const [p] = combineMembers(
		'per-population',
		[
			{ geo: 'A', points: [pt('2024', 1)] },
			{ geo: 'B', points: [pt('2024', 3)] }
		],
		popOf
	);
	expect(p).toMatchObject({ value: 2.5 });
});

test('a member without a population or a value makes the period a gap, never 0', () => {
	const noPop = combineMembers(
		'per-population',
		[
			{ geo: 'A', points: [pt('2023', 1)] },
			{ geo: 'C', points: [pt('2023', 3)] }
		],
		popOf
	);
	expect(noPop[0]).toMatchObject({ value: null, status: 'missing' });
	const gap = combineMembers(
		'per-population',
		[
			{ geo: 'A', points: [pt('2023', 1)] },
			{ geo: 'B', points: [pt('2023', null)] }
		],
		popOf
	);
	expect(gap[0]).toMatchObject({ value: null, status: 'missing' });
});

test('a suppressed member turns a weighted rate into a range', () => {
	const [p] = combineMembers(
		'per-population',
		[
			{ geo: 'A', points: [pt('2023', null, { status: 'suppressed', low: 0, high: 4 })] },
			{ geo: 'B', points: [pt('2023', 2, { status: 'provisional', incomplete: true })] }
		],
		popOf
	);
	expect(p).toEqual({
		period: '2023',
		value: null,
		status: 'suppressed',
		low: 1.5,
		high: 2.5,
		incomplete: true
	});
});
