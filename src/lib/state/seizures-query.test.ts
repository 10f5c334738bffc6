import { expect, test } from 'vitest';
import type { CbpArea } from '../domain/cbp';
import { DEFAULT_QUERY, parseSeizuresQuery, queryParams } from './seizures-query';

const AREAS = [
	{ id: 'cbp:tucson-sector', name: 'TUCSON SECTOR', component: 'usbp', regions: ['southwest'] }
].map((a) => ({ ...a, states: [], note: '', source: '' }) as CbpArea);
const LABS = new Set(['TX', 'OH']);
const parse = (q: string) => parseSeizuresQuery(new URLSearchParams(q), AREAS, LABS);

test('a full link is read as it is', () => {
	expect(
		parse('drug=cocaine&unit=events&geo=cbp:southwest:ofo&by=area&period=month&labs=TX')
	).toEqual({
		query: {
			drug: 'cocaine',
			unit: 'events',
			geo: 'cbp:southwest:ofo',
			by: 'area',
			period: 'month',
			labs: 'TX'
		},
		messages: []
	});
	expect(parse('')).toEqual({ query: DEFAULT_QUERY, messages: [] });
});

test.each([
	[
		'drug=unobtainium',
		{ drug: 'fentanyl' },
		'“unobtainium” is not one of the drugs in CBP’s files; showing fentanyl.'
	],
	['unit=kg', { unit: 'lbs' }, '“kg” is not a unit this page shows; showing pounds.'],
	[
		'geo=cbp:mars',
		{ geo: 'cbp:all' },
		'“cbp:mars” is not a place in CBP’s data; showing all of CBP.'
	],
	['geo=OH', { geo: 'cbp:all' }, '“OH” is not a place in CBP’s data; showing all of CBP.'],
	[
		'by=state',
		{ by: 'component' },
		'“state” is not a way to split the chart; showing CBP’s components.'
	],
	[
		'period=decade',
		{ period: 'fy' },
		'“decade” is not a period this page shows; showing fiscal years.'
	],
	['labs=ZZ', { labs: 'US' }, '“ZZ” is not a state in DEA’s lab data; showing the United States.'],
	[
		'geo=cbp:southwest:ofo&by=component',
		{ geo: 'cbp:southwest:ofo', by: 'total' },
		'Southwest border: at ports of entry (Office of Field Operations) cannot be split by “Part of CBP (ports of entry, between them, air and sea)”; showing its total.'
	]
])('%s falls back to %j and says so', (q, fallback, message) => {
	const r = parse(q);
	expect(r.query).toEqual({ ...DEFAULT_QUERY, ...fallback });
	expect(r.messages).toEqual([message]);
});

test('a link naming only an area shows its total without a message', () => {
	expect(parse('geo=cbp:tucson-sector')).toEqual({
		query: { ...DEFAULT_QUERY, geo: 'cbp:tucson-sector', by: 'total' },
		messages: []
	});
});

test('a change drops defaults from the link and a split that no longer fits', () => {
	const current = { ...DEFAULT_QUERY, drug: 'heroin' as const, by: 'region' as const };
	expect(queryParams(current, { geo: 'cbp:tucson-sector' }, AREAS)).toEqual({
		drug: 'heroin',
		unit: null,
		geo: 'cbp:tucson-sector',
		by: 'total',
		period: null,
		labs: null
	});
	expect(queryParams(current, { drug: 'fentanyl', by: 'component' }, AREAS)).toEqual({
		drug: null,
		unit: null,
		geo: null,
		by: null,
		period: null,
		labs: null
	});
});
