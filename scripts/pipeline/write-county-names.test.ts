import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseCountyNames, unpackCountyNames } from '../../src/lib/domain/county-names';
import { CTX } from '../../tests/support/geography';
import type { RawFile } from './gather';
import { writeCountyNames } from './write-county-names';

// made-up estimates in the layouts of the Census files
const STATES = `SUMLEV,REGION,DIVISION,STATE,NAME,ESTIMATESBASE2020,POPESTIMATE2024
040,2,3,39,Ohio,100,200
`;
const COUNTIES = (year: number, name: string) =>
	`SUMLEV,REGION,DIVISION,STATE,COUNTY,STNAME,CTYNAME,ESTIMATESBASE2020,POPESTIMATE${year}
040,2,3,39,000,Ohio,Ohio,100,200
050,2,3,39,049,Ohio,${name},10,20
`;

function raws(files: Record<string, string | Buffer>): { dir: string; raws: RawFile[] } {
	const dir = mkdtempSync(join(tmpdir(), 'county-names-'));
	mkdirSync(join(dir, 'census-population'));
	const list = Object.entries(files).map(([name, text]) => {
		writeFileSync(join(dir, 'census-population', name), text);
		return {
			dataset: 'census-population',
			name,
			source: `https://example.org/${name}`,
			retrievedAt: '2026-01-02T00:00:00Z',
			sha256: `sha-${name}`,
			bytes: text.length
		};
	});
	return { dir, raws: [{ ...list[0]!, dataset: 'cdc-vsrr-state', name: 'x.csv' }, ...list] };
}

test('the newest county file’s names are written, with where they came from', async () => {
	const { dir, raws: files } = raws({
		'states.csv': STATES,
		'co-est2023.csv': COUNTIES(2023, 'Old Name County'),
		// Latin-1, as the Census Bureau writes it
		'co-est2024.csv': Buffer.from(COUNTIES(2024, 'Fránklin County'), 'latin1')
	});
	const out = mkdtempSync(join(tmpdir(), 'county-names-out-'));
	const record = await writeCountyNames(out, dir, files, CTX);
	expect(record).toEqual({
		path: 'county-names.json',
		counties: 1,
		source: {
			dataset: 'census-population',
			publisher: 'U.S. Census Bureau, Population Estimates Program',
			file: 'co-est2024.csv',
			sha256: 'sha-co-est2024.csv',
			source: 'https://example.org/co-est2024.csv',
			retrievedAt: '2026-01-02T00:00:00Z',
			release: 'Vintage 2024'
		}
	});
	const file = parseCountyNames(JSON.parse(readFileSync(join(out, 'county-names.json'), 'utf8')));
	expect(file.source).toEqual(record!.source);
	expect(unpackCountyNames(file)).toEqual([
		{ fips: '39049', name: 'Fránklin County', state: 'OH' }
	]);
});

test('without a county file, nothing is written and the manifest gets no entry', async () => {
	const { dir, raws: files } = raws({ 'states.csv': STATES });
	const out = mkdtempSync(join(tmpdir(), 'county-names-out-'));
	expect(await writeCountyNames(out, dir, files, CTX)).toBeUndefined();
	expect(readdirSync(out)).toEqual([]);
});
