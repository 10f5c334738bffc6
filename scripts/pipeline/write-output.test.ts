import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	parseDatasetFile,
	unpackDataset,
	type SourcedSeries
} from '../../src/lib/domain/dataset-file';
import { writeDataset } from './write-output';

const meta = {
	dataset: 'demo-set',
	title: 'Demo',
	publisher: 'Nobody',
	url: 'https://example.org',
	derived: false,
	retrievedAt: '2026-01-01T00:00:00Z'
};
const source = { name: 'demo.csv', sha256: 'x', release: '2026-01' };
const monthly = (geo: string, from: number): SourcedSeries => ({
	dataset: 'demo-set',
	measure: 'deaths.all-drugs',
	geo,
	unit: 'deaths',
	source,
	// 36 months, 2023-02 … 2026-01, valued from `from` up
	points: Array.from({ length: 36 }, (_, i) => {
		const m = i + 1; // months after 2023-01
		const period = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
		return { period, value: from + i, status: 'provisional' as const };
	})
});

test('each measure gets a recent slice: the last period and the same period a year earlier', () => {
	const out = mkdtempSync(join(tmpdir(), 'write-output-'));
	const outputs = writeDataset(out, meta, [
		monthly('OH', 100),
		monthly('KY', 500),
		monthly('39035', 50)
	]);
	expect(outputs.recent).toEqual({ 'deaths.all-drugs': 'demo-set/deaths.all-drugs.recent.json' });
	// counties apart, so a page of states does not carry them
	expect(outputs.recentCounties).toEqual({
		'deaths.all-drugs': 'demo-set/deaths.all-drugs.recent.counties.json'
	});
	const read = (rel: string) =>
		unpackDataset(parseDatasetFile(JSON.parse(readFileSync(join(out, rel), 'utf8'))));
	const recent = read(outputs.recent!['deaths.all-drugs']!);
	expect(recent.map((s) => s.geo).sort()).toEqual(['KY', 'OH']);
	expect(read(outputs.recentCounties!['deaths.all-drugs']!).map((s) => s.geo)).toEqual(['39035']);
	const oh = recent.find((s) => s.geo === 'OH')!;
	expect(oh.points.map((p) => p.period)).toEqual([
		'2025-01',
		'2025-02',
		'2025-03',
		'2025-04',
		'2025-05',
		'2025-06',
		'2025-07',
		'2025-08',
		'2025-09',
		'2025-10',
		'2025-11',
		'2025-12',
		'2026-01'
	]);
	expect(oh.points.at(-1)?.value).toBe(135);
	expect(
		read(outputs.byMeasure['deaths.all-drugs']!).find((s) => s.geo === 'KY')?.points
	).toHaveLength(36);
});
