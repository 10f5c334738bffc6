/**
 * The Census Bureau's county names, fetched the first time a file's places
 * need them (a place column of names that are neither codes nor states, or
 * the person choosing "County name"), never with the page.
 */
import { GEOGRAPHY } from '$lib/data/geography';
import type { CountyName } from '$lib/domain/county-names';
import type { Manifest } from '$lib/domain/manifest';
import type { CountyIndex } from '$lib/explore/county-match';
import type { Places } from '$lib/explore/places';
import { siteCountyNames } from './site-data';

export class CountyNames {
	private names = $state.raw<{ list: CountyName[]; index: CountyIndex } | null>(null);
	/** why they could not be loaded, for the person */
	error = $state('');
	/** the geography, with the county names once they are loaded */
	readonly places: Places = $derived(
		this.names ? { ...GEOGRAPHY, counties: this.names.index } : GEOGRAPHY
	);
	private readonly manifest: () => Manifest;

	constructor(manifest: () => Manifest) {
		this.manifest = manifest;
	}

	/** The names (fetched once), or null when this copy of the site cannot give them. */
	async load(): Promise<CountyName[] | null> {
		if (this.names) return this.names.list;
		try {
			// the matcher comes with the names: a page that never needs them loads neither
			const [list, { CountyIndex }] = await Promise.all([
				siteCountyNames(this.manifest()),
				import('$lib/explore/county-match')
			]);
			this.names ??= { list, index: new CountyIndex(list, GEOGRAPHY) };
			this.error = '';
			return this.names.list;
		} catch (e) {
			this.error = (e as Error).message;
			return null;
		}
	}
}
