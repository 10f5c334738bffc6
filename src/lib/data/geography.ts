/**
 * The app's geography, read at build time from data/regions.csv (a file of
 * facts with sources, shared with the pipeline): the page gets its rows as
 * JSON (vite.config.ts), not the CSV and a parser to read it on every visit.
 */
import { compareText } from '../domain/text-order';
import jurisdictions from '../../../data/regions.csv?jurisdictions';
import { geographyOf, NY_EXCL_NYC, type Geography } from '../domain/geo';

export const GEOGRAPHY: Geography = geographyOf(jurisdictions);

/** Codes a VSRR picker offers: the US, states and DC, New York City and the rest of New York State. */
export function vsrrGeoOptions(available: ReadonlySet<string>): { code: string; name: string }[] {
	const states = GEOGRAPHY.jurisdictions
		.filter((j) => j.fips && available.has(j.code))
		.map((j) => ({ code: j.code, name: j.code === 'NY' ? 'New York State' : j.name }));
	const extra = [
		{ code: 'YC', name: 'New York City' },
		{ code: NY_EXCL_NYC, name: 'New York State excluding New York City' }
	].filter((o) => available.has(o.code));
	const all = [...states, ...extra].sort((a, b) => compareText(a.name, b.name));
	return available.has('US') ? [{ code: 'US', name: 'United States' }, ...all] : all;
}
