/**
 * Every JSON file the pipeline wrote is valid against the series model, and
 * the manifest's numbers agree with the files: a contract the pages rely on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDatasetFile } from '../../src/lib/domain/dataset-file';
import { ADAPTERS } from '../../src/lib/sources/registry';
import { manifest, OUT } from './output';

const m = manifest();

describe.skipIf(!m)('static/data', () => {
	test('the manifest lists a dataset for every adapter with files', () => {
		for (const d of m!.datasets) expect(ADAPTERS.map((a) => a.id)).toContain(d.id);
		expect(m!.datasets.length).toBeGreaterThan(0);
	});

	test.for(m?.datasets ?? [])('$id: every output file is valid against the series model', (d) => {
		const files = [d.outputs.all, ...Object.values(d.outputs.byMeasure)];
		for (const rel of files) {
			expect(existsSync(resolve(OUT, rel)), rel).toBe(true);
			const file = parseDatasetFile(JSON.parse(readFileSync(resolve(OUT, rel), 'utf8')));
			expect(file.dataset).toBe(d.id);
			expect(file.series.length, rel).toBeGreaterThan(0);
		}
		const all = parseDatasetFile(JSON.parse(readFileSync(resolve(OUT, d.outputs.all), 'utf8')));
		expect(new Set(all.series.map((s) => s.measure))).toEqual(new Set(d.coverage.measures));
		expect(d.rowsRead).toBe(d.files.reduce((n, f) => n + f.rowsRead, 0));
		expect(d.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
	});

	test('no stray files: everything in static/data is named in the manifest', () => {
		const named = new Set([
			'manifest.json',
			...m!.datasets.flatMap((d) => [d.outputs.all, ...Object.values(d.outputs.byMeasure)])
		]);
		const walk = (dir: string, prefix = ''): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? walk(resolve(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
			);
		expect(walk(OUT).filter((f) => !named.has(f))).toEqual([]);
	});
});
