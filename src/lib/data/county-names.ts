/**
 * The Census Bureau's county names (static/data/county-names.json), for
 * /explore alone: kept out of load.ts, which every page loads.
 */
import { parseCountyNames, unpackCountyNames, type CountyName } from '../domain/county-names';
import type { Manifest } from '../domain/manifest';
import { getJson } from './load';

/** The Census Bureau's county names (for /explore), or an error when this build has none. */
export async function loadCountyNames(
	fetch: typeof globalThis.fetch,
	manifest: Manifest
): Promise<CountyName[]> {
	const entry = manifest.countyNames;
	if (!entry)
		throw new Error(
			'This copy of the dashboard has no county names (they come with the Census county population file). Use 5-digit county FIPS codes instead.'
		);
	return unpackCountyNames(parseCountyNames(await getJson(fetch, entry.path)));
}
