import { expect, test } from 'vitest';
import type { DatasetRecord } from './manifest';
import { choiceFromParam, choiceParam, hasPopulation, trendChoices } from './trend-measures';

function record(id: string, measures: string[], geos: string[], extra = {}): DatasetRecord {
	return {
		id,
		title: `${id} title`,
		publisher: 'CDC',
		url: 'https://example.org',
		license: 'public domain',
		derived: false,
		caveats: [],
		retrievedAt: '2025-01-01T00:00:00Z',
		files: [],
		rowsRead: 0,
		rowsSkipped: 0,
		coverage: { first: '2015-01', last: '2025-04', geos, measures },
		outputs: {
			byMeasure: Object.fromEntries(measures.map((m) => [m, `${id}/${m}.json`]))
		},
		...extra
	};
}

const vsrr = record(
	'cdc-vsrr-state',
	['deaths.cocaine', 'deaths.synthetic-opioids', 'not.in.catalogue', 'share.drugs-specified'],
	['US', 'OH', 'YC']
);
const wonder = record('cdc-wonder', ['deaths.synthetic-opioids'], ['OH']);
const population = record('census-population', ['population'], ['US', 'OH']);
const counties = record('county-only', ['deaths.all-drugs'], ['39035']);

test('each catalogued measure of a dataset with states becomes a choice; others do not', () => {
	const choices = trendChoices([vsrr, wonder, population, counties]);
	// in the catalogue's order: synthetic opioids come before cocaine there
	expect(choices.map((c) => c.key)).toEqual([
		'cdc-vsrr-state:deaths.synthetic-opioids',
		'cdc-vsrr-state:deaths.cocaine',
		'cdc-vsrr-state:share.drugs-specified',
		'cdc-wonder:deaths.synthetic-opioids'
	]);
	expect(choices[1]).toMatchObject({ label: 'Overdose deaths involving cocaine', additive: true });
	expect(choices[2]).toMatchObject({ kind: 'percent', additive: false });
});

test('only counts add up across states: an amount such as a median income does not', () => {
	const income = record('census-state-economic-derived', ['income.median-household'], ['OH']);
	expect(trendChoices([income])).toMatchObject([{ kind: 'amount', additive: false }]);
});

test('a measure without its own output file is not offered', () => {
	const noFile = { ...vsrr, outputs: { byMeasure: {} } };
	expect(trendChoices([noFile])).toEqual([]);
});

test('a URL names a measure alone, or with its dataset when another dataset has it first', () => {
	const choices = trendChoices([vsrr, wonder]);
	const wonderChoice = choiceFromParam(choices, 'cdc-wonder:deaths.synthetic-opioids')!;
	expect(wonderChoice.dataset).toBe('cdc-wonder');
	expect(choiceFromParam(choices, 'deaths.synthetic-opioids')!.dataset).toBe('cdc-vsrr-state');
	expect(choiceParam(choices, wonderChoice)).toBe('cdc-wonder:deaths.synthetic-opioids');
	expect(choiceParam(choices, choices[1]!)).toBe('deaths.cocaine');
	expect(choiceFromParam(choices, 'deaths.nothing')).toBeUndefined();
});

test('rates are possible only when the population estimates are in the build', () => {
	expect(hasPopulation([vsrr])).toBe(false);
	expect(hasPopulation([vsrr, population])).toBe(true);
});
