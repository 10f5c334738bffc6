import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { crc32, zip } from './zip';

const enc = new TextEncoder();

test('crc32 of a known string', () => {
	expect(crc32(enc.encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
});

test('an archive that Python’s zipfile reads back unchanged', () => {
	const dir = mkdtempSync(join(tmpdir(), 'zip-'));
	const path = join(dir, 'a.zip');
	writeFileSync(
		path,
		zip([
			{ name: 'data.csv', data: enc.encode('period,value\r\n2024-01,12\r\n') },
			{ name: 'README.txt', data: enc.encode('Source: CDC — données\n') }
		])
	);
	const out = execFileSync(
		'python3',
		[
			'-c',
			`import zipfile,sys,json
z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))`,
			path
		],
		{ encoding: 'utf8' }
	);
	expect(JSON.parse(out)).toEqual({
		'data.csv': 'period,value\r\n2024-01,12\r\n',
		'README.txt': 'Source: CDC — données\n'
	});
});
