import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { jsonPieces, writeJson } from './json-out';

const cases = {
	'the array last': { a: 1, notes: ['"series":[]'], series: [{ p: ['2024'] }, { p: [] }] },
	'the array first, keys after it': { series: [1, null, 'x'], license: 'PD', caveats: ['a'] },
	'an empty array': { title: 'series', series: [] as unknown[] },
	'text that looks like the key': { 'x"series":[]': '"series":[]', series: [{ series: [] }] }
};

test.each(Object.entries(cases))('%s: the pieces make JSON.stringify’s text', (_, value) => {
	expect([...jsonPieces(value, 'series')].join('')).toBe(JSON.stringify(value));
});

test('a file written piece by piece holds the same bytes', () => {
	const big = { dataset: 'd', series: Array.from({ length: 5000 }, (_, i) => ({ v: [i, i / 3] })) };
	const path = join(mkdtempSync(join(tmpdir(), 'json-out-')), 'd.json');
	writeJson(path, big, 'series');
	expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(big));
});
