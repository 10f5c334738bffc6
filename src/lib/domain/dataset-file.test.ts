import { expect, test } from 'vitest';
import { packDataset, parseDatasetFile, unpackDataset, type SourcedSeries } from './dataset-file';

const source = { name: 'f.csv', sha256: 'abc', release: '2025-02' };
const series: SourcedSeries[] = [
	{
		dataset: 'd',
		measure: 'deaths.all-drugs',
		geo: 'OH',
		unit: 'deaths',
		source,
		points: [
			{ period: '2025-01', value: 12, status: 'provisional', note: 'x' },
			{
				period: '2025-02',
				value: null,
				status: 'suppressed',
				low: 0,
				high: 9,
				note: 'x',
				incomplete: true
			}
		]
	},
	{
		dataset: 'd',
		measure: 'deaths.all-drugs',
		variant: 'predicted',
		geo: 'OH',
		unit: 'deaths',
		source,
		points: [{ period: '2025-01', value: 13, status: 'predicted' }]
	}
];
const meta = {
	dataset: 'd',
	title: 't',
	publisher: 'p',
	url: 'u',
	derived: false,
	retrievedAt: '2026-01-01'
};

test('packing and unpacking gives back every point, status and note', () => {
	const file = packDataset(meta, series);
	expect(file.notes).toEqual(['x']);
	expect(file.series[0]!.s).toBe('ps');
	expect(unpackDataset(parseDatasetFile(JSON.parse(JSON.stringify(file))))).toEqual(series);
});

test('a file with columns of unequal length is refused', () => {
	const file = packDataset(meta, series);
	file.series[0]!.v.pop();
	expect(() => parseDatasetFile(file)).toThrow('unequal length');
});
