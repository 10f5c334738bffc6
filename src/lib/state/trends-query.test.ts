import { expect, test } from 'vitest';
import type { TrendChoice } from '../domain/trend-measures';
import {
	MAX_PLACES,
	parseTrendsQuery,
	resolveTrends,
	trendsParams,
	type TrendsContext
} from './trends-query';

const choice = (dataset: string, measure: string, additive = true): TrendChoice => ({
	key: `${dataset}:${measure}`,
	dataset,
	measure,
	label: `Label of ${measure}`,
	group: dataset,
	kind: additive ? 'count' : 'percent',
	additive
});
const choices = [
	choice('cdc-vsrr-state', 'deaths.synthetic-opioids'),
	choice('cdc-vsrr-state', 'deaths.cocaine'),
	choice('cdc-vsrr-state', 'share.drugs-specified', false),
	choice('cdc-wonder', 'deaths.synthetic-opioids')
];
const names: Record<string, string> = {
	US: 'United States',
	OH: 'Ohio',
	KY: 'Kentucky',
	'hhs-5': 'HHS Region 5'
};
for (const c of ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE']) names[c] = c;
const ctx = (population = true): TrendsContext => ({
	choices,
	defaultChoice: choices[0]!,
	placeName: (c) => names[c],
	groupable: new Set(['OH', 'KY', 'WV']),
	population
});
const read = (query: string, c = ctx()) =>
	resolveTrends(parseTrendsQuery(new URLSearchParams(query)), c);

test('the example link reads as the view it names', () => {
	const { view, messages } = read(
		'measure=deaths.cocaine&geo=OH,hhs-5&per=100k&from=2019-01&to=2025-04&view=multiples'
	);
	expect(messages).toEqual([]);
	expect(view).toMatchObject({
		choice: { key: 'cdc-vsrr-state:deaths.cocaine' },
		geos: ['OH', 'hhs-5'],
		group: [],
		per: '100k',
		from: '2019-01',
		to: '2025-04',
		view: 'multiples'
	});
});

test('an empty link is the default view: the first measure, the US, counts, all periods, one chart', () => {
	const { view, messages } = read('');
	expect(messages).toEqual([]);
	expect(view).toEqual({
		choice: choices[0],
		geos: ['US'],
		group: [],
		per: 'count',
		from: undefined,
		to: undefined,
		view: 'together'
	});
	expect(Object.values(trendsParams(view, ctx())).every((x) => x === null)).toBe(true);
});

const fallbacks: [string, string][] = [
	['measure=deaths.unicorns', 'There is no measure “deaths.unicorns” in this build'],
	['measure=DROP TABLE', '“DROP TABLE” is not a valid measure; it was ignored.'],
	['geo=OH,ZZ', 'No place called “ZZ”; left out.'],
	['geo=ZZ', 'Showing the United States instead.'],
	['group=OH,YC', '“YC” cannot be in a group of states; left out.'],
	['per=1000', '“1000” is not a valid choice of counts or rates'],
	['per=100k&measure=share.drugs-specified', 'is not a count, so it is shown as published'],
	['from=2019-13', '“2019-13” is not a valid start of the time range'],
	['from=2024-01&to=2019', 'the two ends were swapped'],
	['view=grid', '“grid” is not a valid view']
];
test.each(fallbacks)('%s falls back with a message', (query, message) => {
	const { messages } = read(query);
	expect(messages.join(' ')).toContain(message);
});

test('rates are refused, with the reason, when the build has no population estimates', () => {
	const { view, messages } = read('per=100k', ctx(false));
	expect(view.per).toBe('count');
	expect(messages[0]).toMatch(/population estimates, which this build does not have/);
});

test('a measure two datasets share is named with its dataset', () => {
	const { view } = read('measure=cdc-wonder:deaths.synthetic-opioids');
	expect(view.choice.dataset).toBe('cdc-wonder');
	expect(trendsParams(view, ctx()).measure).toBe('cdc-wonder:deaths.synthetic-opioids');
});

test('a chart holds at most eight places, the group counting as one', () => {
	const { view, messages } = read('geo=US,OH,KY,AL,AK,AZ,AR,CA,CO&group=WV');
	expect(view.geos.length + 1).toBe(MAX_PLACES);
	expect(messages[0]).toMatch(/at most 8 places; left out CA, CO/);
});

test.each([
	'measure=deaths.cocaine&geo=OH,hhs-5&per=100k&from=2019-01&to=2025-04&view=multiples',
	'group=KY,OH',
	'geo=US&group=KY,OH',
	'geo=hhs-5,OH&from=2020'
])('a view written back to a link reads the same: %s', (query) => {
	const first = read(query).view;
	const params = new URLSearchParams(
		Object.entries(trendsParams(first, ctx())).filter((e): e is [string, string] => e[1] !== null)
	);
	expect(read(params.toString()).view).toEqual(first);
	expect(params.toString()).toBe(new URLSearchParams(query).toString());
});
