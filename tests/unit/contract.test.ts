/**
 * Every JSON file the pipeline wrote is valid against the series model, and
 * the manifest's numbers agree with the files: a contract the pages rely on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCountyNames, unpackCountyNames } from '../../src/lib/domain/county-names';
import { parseDatasetFile } from '../../src/lib/domain/dataset-file';
import { statesAndDc } from '../../src/lib/domain/geo';
import { parseGeoFile } from '../../src/lib/domain/geo-file';
import { CTX } from '../support/geography';
import { ADAPTERS } from '../../src/lib/sources/registry';
import { manifest, OUT } from './output';

const m = manifest();

describe.skipIf(!m)('static/data', () => {
	test('the manifest lists a dataset for every adapter with files', () => {
		for (const d of m!.datasets) expect(ADAPTERS.map((a) => a.id)).toContain(d.id);
		expect(m!.datasets.length).toBeGreaterThan(0);
	});

	test.for(m?.datasets ?? [])('$id: every output file is valid against the series model', (d) => {
		// each file with the one measure its series are of
		const files = [
			...Object.entries(d.outputs.byMeasure),
			...Object.entries(d.outputs.recent ?? {}),
			...Object.entries(d.outputs.recentCounties ?? {})
		];
		for (const [measure, rel] of files) {
			expect(existsSync(resolve(OUT, rel)), rel).toBe(true);
			const file = parseDatasetFile(JSON.parse(readFileSync(resolve(OUT, rel), 'utf8')));
			expect(file.dataset).toBe(d.id);
			expect(file.series.length, rel).toBeGreaterThan(0);
			expect(new Set(file.series.map((s) => s.measure)), rel).toEqual(new Set([measure]));
		}
		// the measure files hold the whole dataset: each measure of the coverage has its file
		expect(Object.keys(d.outputs.byMeasure).sort()).toEqual([...d.coverage.measures].sort());
		expect(d.rowsRead).toBe(d.files.reduce((n, f) => n + f.rowsRead, 0));
		expect(d.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
	});

	test('no stray files: everything in static/data is named in the manifest', () => {
		const named = new Set([
			'manifest.json',
			...m!.datasets.flatMap((d) => [
				...Object.values(d.outputs.byMeasure),
				...Object.values(d.outputs.recent ?? {}),
				...Object.values(d.outputs.recentCounties ?? {})
			]),
			...Object.values(m!.byGeo),
			...(m!.countyNames ? [m!.countyNames.path] : [])
		]);
		const walk = (dir: string, prefix = ''): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? walk(resolve(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
			);
		expect(walk(OUT).filter((f) => !named.has(f))).toEqual([]);
	});
});

describe.skipIf(!m)('static/data/by-geo', () => {
	test('every state and DC has a profile file', () => {
		expect(Object.keys(m!.byGeo).sort()).toEqual(
			statesAndDc(CTX.geography)
				.map((j) => j.code)
				.sort()
		);
	});

	test.for(Object.entries(m?.byGeo ?? {}))(
		'%s: valid, and only datasets of the manifest',
		([code, rel]) => {
			const file = parseGeoFile(JSON.parse(readFileSync(resolve(OUT, rel), 'utf8')));
			expect(file.geo).toBe(code);
			const ids = new Set(m!.datasets.map((d) => d.id));
			for (const d of file.datasets) expect(ids).toContain(d.dataset);
			expect(file.datasets.length).toBeGreaterThan(0);
		}
	);
});

describe.skipIf(!m?.datasets.some((d) => d.id === 'census-population'))(
	'static/data county names',
	() => {
		test('listed with its source, valid, one name per county of the population file', () => {
			const entry = m!.countyNames!;
			const census = m!.datasets.find((d) => d.id === 'census-population')!;
			expect(census.files.map((f) => f.sha256)).toContain(entry.source.sha256);
			const file = parseCountyNames(JSON.parse(readFileSync(resolve(OUT, entry.path), 'utf8')));
			expect(file.source).toEqual(entry.source);
			const fips = unpackCountyNames(file).map((c) => c.fips);
			expect(fips).toHaveLength(entry.counties);
			const counties = census.coverage.geos.filter((g) => /^\d{5}$/.test(g));
			expect(fips.sort()).toEqual(counties);
		});
	}
);
