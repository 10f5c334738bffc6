import { expect, test } from 'vitest';
import { buildLagConfig, lagLabel } from './lag-config';

const lags = [
	{ lag: -1, r: 0.1, n: 49, bound: 0.28 },
	{ lag: 0, r: 0.5, n: 49, bound: 0.28 },
	{ lag: 1, r: NaN, n: 2, bound: NaN }
];

test('one bar per lag; bars past the band are solid, a lag with no value is a gap', () => {
	const c = buildLagConfig(lags, { a: 'seizures', b: 'deaths' });
	expect(c.data.labels).toEqual(['-1', '0', '+1']);
	const [bars, upper, lower] = c.data.datasets;
	expect(bars!.data).toEqual([0.1, 0.5, null]);
	expect((bars!.backgroundColor as string[])[1]).toBe('#1f4e79');
	expect((bars!.backgroundColor as string[])[0]).not.toBe('#1f4e79');
	expect(upper!.data).toEqual([0.28, 0.28, null]);
	expect(lower!.data).toEqual([-0.28, -0.28, null]);
	expect(c.options!.scales!.x!.title).toMatchObject({
		text: expect.stringContaining('seizures come first')
	});
	expect(lagLabel(12)).toBe('+12');
});
