/**
 * Every measure an adapter writes is in the catalogue (src/lib/domain/measures.ts),
 * so every series on a page has a plain-language label and the agency's term.
 * The golden fixtures' expected outputs stand for what each adapter writes, and the
 * built data (static/data) shows what the official files gave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { measure } from '../../src/lib/domain/measures';
import { manifest } from './output';

const SOURCES = new URL('../../src/lib/sources', import.meta.url).pathname;

function expectedFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? expectedFiles(join(dir, e.name))
			: e.name === 'expected.json'
				? [join(dir, e.name)]
				: []
	);
}

/** Measure ids of a fixture's expected output: a list of series, or the compact map keyed "measure geo (unit)". */
function measuresOf(series: unknown): string[] {
	if (Array.isArray(series)) return series.map((s: { measure: string }) => s.measure);
	if (series && typeof series === 'object') return Object.keys(series).map((k) => k.split(' ')[0]!);
	return [];
}

const written = new Set(
	expectedFiles(SOURCES).flatMap((f) => measuresOf(JSON.parse(readFileSync(f, 'utf8')).series))
);

test('the fixtures cover every family of datasets', () => {
	for (const id of [
		'population',
		'canada.deaths.opioids',
		'seizures.fentanyl.lbs',
		'deaths.synthetic-opioids'
	])
		expect(written).toContain(id);
});

test('measure ids are unique', async () => {
	const { MEASURES } = await import('../../src/lib/domain/measures');
	expect(MEASURES.length).toBe(new Set(MEASURES.map((x) => x.id)).size);
});

test.each([...written].sort())('%s is in the catalogue', (id) => {
	expect(measure(id)?.label).toBeTruthy();
});

const built = manifest();

test.skipIf(!built)('every measure in the built data is in the catalogue', () => {
	const missing = built!.datasets.flatMap((d) =>
		d.coverage.measures.filter((id) => !measure(id)).map((id) => `${d.id}: ${id}`)
	);
	expect(missing).toEqual([]);
});
