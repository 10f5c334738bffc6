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

const written = new Set(
	expectedFiles(SOURCES).flatMap((f) =>
		((JSON.parse(readFileSync(f, 'utf8')).series ?? []) as { measure: string }[]).map(
			(s) => s.measure
		)
	)
);

test('the fixtures cover the condition datasets', () => {
	expect(written).toContain('population');
	expect(written).toContain('canada.deaths.opioids');
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
