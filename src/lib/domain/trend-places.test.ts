import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { groupPlace, trendPlaces } from './trend-places';

const { groups, byCode, groupable } = trendPlaces(CTX.geography);

test('the picker offers the nation, states, NYC and every kind of region, in that order', () => {
	expect(groups.map((g) => g.label)).toEqual([
		'Nation',
		'States',
		'New York, as CDC reports it',
		'Census regions',
		'Census divisions',
		'HHS regions',
		'Border states'
	]);
	expect(groups[1]!.places).toHaveLength(52); // 50 states, DC, Puerto Rico
	expect(byCode.get('NY')!.name).toBe('New York State');
});

test('a region carries the states that add up to it', () => {
	expect(byCode.get('hhs-5')).toEqual({
		code: 'hhs-5',
		name: 'HHS Region 5',
		members: ['IL', 'IN', 'MI', 'MN', 'OH', 'WI']
	});
	expect(byCode.get('border-southwest')!.members).toEqual(['AZ', 'CA', 'NM', 'TX']);
	expect(byCode.get('census-northeast')!.name).toBe('Northeast (census region)');
});

test('a reader’s group holds states and DC only, named by its members', () => {
	expect(groupable).toHaveLength(51);
	expect(groupable.some((p) => p.code === 'YC' || p.code === 'PR')).toBe(false);
	expect(groupPlace(CTX.geography, ['WV', 'OH', 'KY'])).toEqual({
		code: 'custom:KY,OH,WV',
		name: 'Your group (KY + OH + WV)',
		members: ['KY', 'OH', 'WV']
	});
	expect(groupPlace(CTX.geography, [])).toBeNull();
});
