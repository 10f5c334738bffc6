import { expect, test } from 'vitest';
import type { Adoption } from '../medicaid-expansion';
import type { Point } from '../series';
import { differenceAt, expansionGroups, trajectories } from './medicaid-groups';

const adoptions: Adoption[] = [
	{ geo: 'AA', status: 'in-effect', date: '2014-01-01' },
	{ geo: 'BB', status: 'in-effect', date: '2014-08-15' },
	{ geo: 'CC', status: 'in-effect', date: '2020-07-01' },
	{ geo: 'DD', status: 'not-adopted', date: null },
	{ geo: 'EE', status: 'adopted-not-in-effect', date: null },
	{ geo: 'FF', status: 'in-effect', date: '2014-01-01' }
];
const rate = (year: string, value: number | null): Point => ({
	period: year,
	value,
	status: value === null ? 'missing' : 'final'
});

test.each([
	[2014, { AA: 'by', BB: 'by', CC: 'after', DD: 'never', EE: 'never', FF: 'by' }],
	[2013, { AA: 'after', BB: 'after', CC: 'after', DD: 'never', EE: 'never', FF: 'after' }],
	[2020, { AA: 'by', BB: 'by', CC: 'by', DD: 'never', EE: 'never', FF: 'by' }]
])('cut-off %i groups states by their start date', (year, expected) => {
	expect(Object.fromEntries(expansionGroups(adoptions, year))).toEqual(expected);
});

test('group means leave out and count a state with no value that year', () => {
	const rates = {
		AA: [rate('2015', 10), rate('2016', 20)],
		BB: [rate('2015', 20), rate('2016', null)],
		FF: [rate('2015', 30), rate('2016', 40)],
		CC: [rate('2015', 5), rate('2016', 6)],
		DD: [rate('2015', 1), rate('2016', 2)],
		EE: [rate('2015', 3), rate('2016', 4)]
	};
	const t = trajectories(rates, expansionGroups(adoptions, 2014), ['2015', '2016']);
	const by = t.find((x) => x.group === 'by')!;
	expect(by.members).toEqual(['AA', 'BB', 'FF']);
	expect(by.means[0]).toMatchObject({ mean: 20, n: 3, excluded: 0 });
	expect(by.means[1]).toMatchObject({ mean: 30, n: 2, excluded: 1 });
	const never = t.find((x) => x.group === 'never')!;
	// 20 − 2 with Welch's interval (two groups of n = 3 and 2)
	expect(differenceAt(by, never, 0)?.difference).toBeCloseTo(18, 10);
	expect(t.find((x) => x.group === 'after')!.means[0]).toMatchObject({ n: 1, low: null });
});
