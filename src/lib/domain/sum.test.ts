import { expect, test } from 'vitest';
import type { Point } from './series';
import { sumMembers } from './sum';

const p = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});

test('adds members period by period', () => {
	const out = sumMembers([
		{ geo: 'A', points: [p('2024', 10), p('2025', 20)] },
		{ geo: 'B', points: [p('2024', 5), p('2025', 7, { status: 'provisional', incomplete: true })] }
	]);
	expect(out).toEqual([
		{ period: '2024', value: 15, status: 'final' },
		{ period: '2025', value: 27, status: 'provisional', incomplete: true }
	]);
});

test('a suppressed member makes the sum a range, not a number', () => {
	const [out] = sumMembers([
		{ geo: 'A', points: [p('2024', 100)] },
		{ geo: 'B', points: [p('2024', null, { status: 'suppressed', low: 1, high: 9 })] }
	]);
	expect(out).toMatchObject({ value: null, status: 'suppressed', low: 101, high: 109 });
	expect(out!.note).toContain('between 101 and 109');
});

test('a member with no value makes the sum missing and says which', () => {
	const out = sumMembers([
		{ geo: 'A', points: [p('2024', 100), p('2025', 1)] },
		{ geo: 'B', points: [p('2025', 2)] }
	]);
	expect(out[0]).toMatchObject({
		period: '2024',
		value: null,
		status: 'missing',
		note: 'No value for B.'
	});
	expect(out[1]).toMatchObject({ value: 3 });
});

test('a suppressed cell without a known range cannot be summed', () => {
	const [out] = sumMembers([{ geo: 'A', points: [p('2024', null, { status: 'suppressed' })] }]);
	expect(out).toMatchObject({ status: 'missing' });
});
