import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { SourceError } from '../sources/types';
import { parseCsvStream } from './stream';
import { chunked } from './test-support';

async function parse(bytes: Uint8Array, size: number, stopAfter = Infinity) {
	const rows: string[][] = [];
	const progress: number[] = [];
	const stats = await parseCsvStream(() => chunked(bytes, size), {
		name: 'x.csv',
		onRows: (r) => (rows.push(...r), rows.length < stopAfter),
		restart: () => (rows.length = 0),
		onProgress: (b) => progress.push(b)
	});
	return { rows, stats, progress };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseCsvStream', () => {
	const text =
		'\uFEFFdate,place,note,value\r\n2024-01,OH,"a, quoted\nnewline",1\r\n2024-02,OH,"say ""hi""",2\r\n2024-03,OH,é ü ñ,3\r\n';

	test.each([1, 3, 7, 64, 10_000])(
		'gives the same rows as a whole-file parse in %i-byte chunks',
		async (size) => {
			const { rows, stats } = await parse(utf8(text), size);
			const whole = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
			expect(rows.filter((r) => r.join('') !== '')).toEqual(whole.filter((r) => r.join('') !== ''));
			expect(stats).toMatchObject({ bytes: utf8(text).length, encoding: 'utf-8', stopped: false });
		}
	);

	test('reports progress in bytes as the file streams', async () => {
		const big = utf8('a,b\n' + '1,2\n'.repeat(300_000));
		const { progress } = await parse(big, 65_536);
		expect(progress.length).toBeGreaterThan(3);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(big.length);
	});

	test('stops reading when asked', async () => {
		const many = utf8('a,b\n' + '1,2\n'.repeat(1_000_000));
		const { stats } = await parse(many, 65_536, 10);
		expect(stats.stopped).toBe(true);
		expect(stats.bytes).toBeLessThan(many.length / 4);
	});

	test('reads a Latin-1 file again as Windows-1252', async () => {
		const latin1 = Uint8Array.from(
			[...'county,n\nDo', 0xf1, ...'a Ana,3\n'].map((c) =>
				typeof c === 'number' ? c : c.charCodeAt(0)
			)
		);
		const { rows, stats } = await parse(latin1, 4);
		expect(stats.encoding).toBe('windows-1252');
		expect(rows[1]).toEqual(['Doña Ana', '3']);
		expect(rows.filter((r) => r[0] === 'county')).toHaveLength(1);
	});

	test('a quote that never closes names its row', async () => {
		const bad = utf8('a,b\n1,2\n3,"never closed\n4,5\n');
		await expect(parse(bad, 5)).rejects.toThrow(SourceError);
		await expect(parse(bad, 5)).rejects.toThrow(/row 3: expected a closing quote/);
	});
});
