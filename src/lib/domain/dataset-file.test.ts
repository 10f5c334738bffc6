import { expect, test } from 'vitest';
import {
	packDataset,
	packOnce,
	parseDatasetFile,
	unpackDataset,
	type SourcedSeries
} from './dataset-file';
import { PERIOD } from './series';

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

test('packOnce keeps the columns of the series it is told to keep, and packs the others anew', () => {
	const pack = packOnce((s) => !s.variant);
	const [kept, other] = series as [SourcedSeries, SourcedSeries];
	expect(pack(kept)).toBe(pack(kept));
	expect(pack(other)).not.toBe(pack(other));
	expect(pack(other)).toEqual(pack(other));
	expect(packDataset(meta, series, pack)).toEqual(packDataset(meta, series));
});

test('a file with columns of unequal length is refused', () => {
	const file = packDataset(meta, series);
	file.series[0]!.v.pop();
	expect(() => parseDatasetFile(file)).toThrow('unequal length');
});

test.each([
	['v', ['12', null], 'numbers or null'],
	['p', ['2025-01', 202502], 'periods'],
	['p', ['2025-01', 'June 2025'], 'periods'],
	['v', [12, Infinity], 'numbers or null'],
	['lo', 'none', 'numbers or null']
] as const)('a file whose column %s holds %j is refused: expected %s', (key, bad, what) => {
	const file = packDataset(meta, series);
	Object.assign(file.series[0]!, { [key]: bad });
	expect(() => parseDatasetFile(file)).toThrow(`expected an array of ${what}`);
});

test.each(['2024-06', '2024', '2024-H2', '2024-Q3', 'FY2024', '2019-2023'])(
	'%s is a period',
	(p) => {
		expect(PERIOD.test(p)).toBe(true);
	}
);
test.each(['2024-6', 'FY24', '2024-H3', 'June 2024', '2024-13x'])('%s is not a period', (p) => {
	expect(PERIOD.test(p)).toBe(false);
});

test('a series joined from several files keeps every file it drew on', async () => {
	const { concatReleases } = await import('./releases');
	const older = { name: 'fy19-22.csv', sha256: 'a', release: '2022-09' };
	const newer = { name: 'fy23-26.csv', sha256: 'b', release: '2026-04' };
	const one = (period: string) => ({
		dataset: 'd',
		measure: 'm',
		geo: 'g',
		unit: 'u',
		points: [{ period, value: 1, status: 'final' as const }]
	});
	const [joined] = concatReleases([
		{ source: older, series: [one('2020-01')] },
		{ source: newer, series: [one('2024-01')] }
	]);
	expect(joined).toMatchObject({ source: newer, also: [older] });
	const back = unpackDataset(packDataset(meta, [joined!]));
	expect(back[0]!.also).toEqual([older]);
});
