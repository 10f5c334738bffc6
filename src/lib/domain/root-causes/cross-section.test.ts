import { expect, test } from 'vitest';
import type { Point } from '../series';
import { changeBetween, gapReason, pairStates, pointAt } from './cross-section';

const p = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});

const places = [
	{ code: 'OH', name: 'Ohio' },
	{ code: 'LA', name: 'Louisiana' },
	{ code: 'AK', name: 'Alaska' },
	{ code: 'VT', name: 'Vermont' }
];
const deaths: Record<string, Point[]> = {
	OH: [p('2023', 30.1)],
	AK: [p('2023', null, { note: 'Data not shown due to low data quality.' })],
	VT: [p('2023', 0, { status: 'final' })]
};
const naloxone: Record<string, Point[]> = {
	OH: [p('2023', 0.8)],
	LA: [p('2023', 1.1)],
	AK: [p('2023', 0.9)],
	VT: [p('2023', null, { status: 'suppressed' })]
};

test('a state with a gap on either side is left out with its reason, never as zero', () => {
	const r = pairStates(
		places,
		(g) => pointAt(naloxone[g], '2023'),
		(g) => pointAt(deaths[g], '2023'),
		{ x: 'naloxone', y: 'deaths' }
	);
	expect(r.included.map((x) => x.geo)).toEqual(['OH']);
	expect(Object.fromEntries(r.excluded.map((x) => [x.geo, x.left]))).toEqual({
		LA: 'deaths: not in the source',
		AK: 'deaths: not shown: low data quality',
		VT: 'naloxone: suppressed (small count)'
	});
	// a true zero is a value, not a gap
	expect(r.rows.find((x) => x.geo === 'VT')!.y).toBe(0);
});

test.each([
	[undefined, 'not in the source'],
	[p('2023', 3), null],
	[p('2023', null), 'no value'],
	[p('2023', null, { note: 'No row.' }), 'no value (No row.)']
])('gapReason(%j) = %j', (point, reason) => {
	expect(gapReason(point)).toBe(reason);
});

test('changeBetween subtracts the earlier value and keeps gaps as gaps', () => {
	const pts = [p('2019', 10.5), p('2023', 25), p('2021', null)];
	expect(changeBetween(pts, '2019', '2023')).toMatchObject({ value: 14.5, period: '2019-2023' });
	expect(changeBetween(pts, '2019', '2021')?.value).toBeNull();
	expect(changeBetween(pts, '2018', '2023')).toBeUndefined();
	expect(
		changeBetween(
			[p('2024', 5), p('2025', 4, { incomplete: true, status: 'provisional' })],
			'2024',
			'2025'
		)
	).toMatchObject({ value: -1, incomplete: true, status: 'provisional' });
});
