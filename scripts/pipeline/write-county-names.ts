/**
 * static/data/county-names.json (src/lib/domain/county-names.ts): the county
 * names of the newest Census county population file among this run's raw
 * files, for /explore to read county names in a person's own file. Apart
 * from the dataset outputs: it is not a series, and only /explore fetches it.
 * The file is read a second time, whole (1.7 MB): the adapter contract
 * carries series, not names.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COUNTY_NAMES_PATH, packCountyNames } from '../../src/lib/domain/county-names';
import type { Manifest } from '../../src/lib/domain/manifest';
import { censusPopulation } from '../../src/lib/sources/census-population/adapter';
import {
	readCountyNames,
	type CountyNamesRead
} from '../../src/lib/sources/census-population/county-names';
import { decodeBytes } from '../../src/lib/sources/csv-text';
import { csvRows } from '../../src/lib/sources/read-text';
import type { ReadContext } from '../../src/lib/sources/types';
import type { RawFile } from './gather';

/** Writes the file into `outDir` and returns its manifest entry, or undefined without a county file. */
export async function writeCountyNames(
	outDir: string,
	rawDir: string,
	raws: readonly RawFile[],
	ctx: ReadContext
): Promise<Manifest['countyNames']> {
	let newest: { raw: RawFile; read: CountyNamesRead } | null = null;
	for (const raw of raws.filter((r) => r.dataset === censusPopulation.id)) {
		const { text } = decodeBytes(await readFile(join(rawDir, raw.dataset, raw.name)));
		const read = readCountyNames(csvRows(text, raw.name), raw.name, ctx);
		if (read && (!newest || read.vintage > newest.read.vintage)) newest = { raw, read };
	}
	if (!newest) return undefined;
	const { raw, read } = newest;
	const source = {
		dataset: censusPopulation.id,
		publisher: censusPopulation.publisher,
		file: raw.name,
		sha256: raw.sha256,
		source: raw.source,
		retrievedAt: raw.retrievedAt,
		release: `Vintage ${read.vintage}`
	};
	const file = packCountyNames(read.counties, source);
	await writeFile(join(outDir, COUNTY_NAMES_PATH), JSON.stringify(file));
	return { path: COUNTY_NAMES_PATH, counties: read.counties.length, source };
}
