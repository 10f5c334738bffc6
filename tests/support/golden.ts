/**
 * Golden fixtures for an adapter: each folder under `fixtures/` holds an input
 * written by hand in the official format (`input.csv` or `input.json`) and
 * `expected.json` — the adapter's whole result, or `{ "error": "…" }` for a
 * file it must refuse with that message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';

/** Runs one input; `name` is how messages must name the file (`<case>/input.csv`). */
export type ReadFixture = (path: string, name: string) => object;

export function goldenFixtures(dir: string, read: ReadFixture): void {
	const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json')));
	test.each(cases)('golden fixture %s', (c) => {
		const expected = JSON.parse(readFileSync(join(dir, c, 'expected.json'), 'utf8'));
		const input = ['input.csv', 'input.json'].map((f) => join(dir, c, f)).find(existsSync);
		if (!input) throw new Error(`fixture ${c} has no input.csv or input.json`);
		const run = () => {
			const { adapter: _, ...result } = read(input, `${c}/${basename(input)}`) as {
				adapter?: unknown;
			};
			return JSON.parse(JSON.stringify(result));
		};
		if (expected.error) expect(run).toThrow(expected.error);
		else expect(run()).toEqual(expected);
	});
}
