import { expect, test } from 'vitest';
import { packDataset } from '../domain/dataset-file';
import type { Series } from '../domain/series';
import { buffers, compact, CompactDataSchema, expand } from './compact';
import * as v from 'valibot';

const series: Series[] = [
	{
		dataset: 'cdc-vsrr-state',
		measure: 'deaths.all-drugs',
		geo: 'OH',
		unit: 'deaths (12-month ending)',
		points: [
			{ period: '2024-01', value: 4034, status: 'provisional', note: 'a footnote' },
			{ period: '2024-02', value: null, status: 'suppressed', low: 0, high: 9 },
			{ period: '2024-03', value: null, status: 'missing', incomplete: true }
		]
	},
	{
		dataset: 'cdc-vsrr-state',
		measure: 'deaths.all-drugs',
		variant: 'predicted',
		geo: 'US',
		unit: 'deaths (12-month ending)',
		points: [{ period: '2024-03', value: 0, status: 'predicted' }]
	}
];
const source = { name: 'f.csv', sha256: '', release: '2024-03' };
const file = packDataset(
	{ dataset: 'cdc-vsrr-state', title: '', publisher: '', url: '', derived: false, retrievedAt: '' },
	series.map((s) => ({ ...s, source }))
);

test('every point, note, range and flag comes back as it went in, after a structured clone', () => {
	const data = structuredClone(compact(file, '2024-03'));
	expect(v.is(CompactDataSchema, data)).toBe(true);
	expect(data.periods).toEqual(['2024-01', '2024-02', '2024-03']);
	expect(data.series.map((s) => expand(data, s))).toEqual(
		series.map((s) => ({ ...s, source: { ...source, name: '' } }))
	);
});

test('a value of 0 stays 0 and a gap stays a gap', () => {
	const data = compact(file, '2024-03');
	expect([...data.series[1]!.v]).toEqual([0]);
	expect(Number.isNaN(data.series[0]!.v[1])).toBe(true);
});

test('its buffers can be transferred', () => {
	const data = compact(file, '2024-03');
	expect(buffers(data).every((b) => b instanceof ArrayBuffer)).toBe(true);
	expect(buffers(data).length).toBeGreaterThanOrEqual(4);
});
