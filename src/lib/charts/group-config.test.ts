import { expect, test } from 'vitest';
import { groupMean } from '../domain/stats/group-means';
import { adoptionLines, buildGroupConfig } from './group-config';

const periods = ['2013', '2014', '2015'];

test('each group is a mean line with a filled 95 % band; a year with no states is a gap', () => {
	const c = buildGroupConfig({
		periods,
		unit: 'deaths per 100,000',
		groups: [
			{
				label: 'By 2014',
				color: '#000',
				band: 'rgba(0,0,0,0.1)',
				means: [groupMean([1, 2, 3]), groupMean([2, 4]), groupMean([null])]
			}
		],
		adoptions: []
	});
	const [mean, low, high] = c.data.datasets;
	expect(mean!.data).toEqual([2, 3, null]);
	expect(low!.data[2]).toBeNull();
	expect(high!.fill).toBe('-1');
	expect(high!.data[0]).toBeCloseTo(2 + 4.302653 / Math.sqrt(3), 4);
});

test('adoption dates become lines named by their states, or counted when many', () => {
	const a = adoptionLines(
		[
			{ date: '2014-01-01', states: ['AR', 'AZ', 'CA', 'CO'] },
			{ date: '2015-02-01', states: ['PA'] },
			{ date: '2019-01-01', states: ['ME'] }
		],
		periods
	);
	expect(Object.keys(a)).toEqual(['adopted-2014-01-01', 'adopted-2015-02-01']);
	expect(a['adopted-2014-01-01']).toMatchObject({ label: { content: '4 states' } });
	expect(a['adopted-2015-02-01']).toMatchObject({ label: { content: 'PA' } });
});
