import { Ticks, type Scale, type Tick } from 'chart.js';
import { expect, test } from 'vitest';
import { numericTick } from './numeric-tick';

const scale = {
	chart: { options: { locale: 'en-US' } },
	options: { ticks: {} }
} as unknown as Scale;
const ticks = (...values: number[]): Tick[] => values.map((value) => ({ value }));

test.each([
	[ticks(0, 20000, 40000, 60000, 80000)],
	[ticks(0, 0.5, 1, 1.5, 2)],
	[ticks(10, 12.5, 15, 17.5)],
	[ticks(-4, -2, 0, 2, 4)],
	[ticks(0.02, 0.04, 0.06)],
	[ticks(1200000, 1400000)]
])('axis labels read as chart.js writes them: %j', (axis) => {
	const ours = axis.map((t, i) => numericTick.call(scale, t.value, i, axis));
	const theirs = axis.map((t, i) => Ticks.formatters.numeric.call(scale, t.value, i, axis));
	expect(ours).toEqual(theirs);
});
