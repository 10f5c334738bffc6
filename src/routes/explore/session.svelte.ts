/**
 * The explore page's state: which step the person is at (choosing a file,
 * reading it, mapping its columns, looking at it), the progress of a read,
 * what went wrong, and whether the data is kept in this browser.
 */
import { formatCount } from '$lib/domain/format';
import type { Manifest } from '$lib/domain/manifest';
import { guessMapping, mayHoldCountyNames } from '$lib/explore/guess';
import type { Inspection } from '$lib/explore/inspect';
import { pointCount, skippedCount, type Loaded } from '$lib/explore/loaded';
import type { Mapping } from '$lib/explore/mapping';
import type { Places } from '$lib/explore/places';
import type { Progress, ReadFailure, ReadSource } from '$lib/explore/protocol';
import { forget, keep, kept } from './keep';
import { startRead, type ReadHandle } from './read-client';
import { CountyNames } from './county-names.svelte';

export type Phase = 'idle' | 'reading' | 'mapping' | 'loaded';

const nameOf = (s: ReadSource) => (s.kind === 'file' ? s.file.name : s.url);

function loadedMessage(l: Loaded): string {
	const points = pointCount(l);
	const skipped = skippedCount(l);
	const what =
		l.origin.kind === 'official'
			? `Recognized ${l.name} as ${l.origin.title} (${l.origin.publisher}) and read it the way the dashboard reads its own data`
			: `Read ${l.name}`;
	return `${what}: ${formatCount(l.rowsRead)} rows, ${formatCount(points)} values${skipped ? `; ${formatCount(skipped)} rows left out (see below)` : ''}.`;
}

export class ExploreSession {
	phase = $state<Phase>('idle');
	progress = $state.raw<Progress | null>(null);
	reading = $state('');
	inspection = $state.raw<Inspection | null>(null);
	mapping = $state<Mapping | null>(null);
	loaded = $state.raw<Loaded | null>(null);
	failure = $state.raw<ReadFailure | null>(null);
	failedName = $state('');
	/** the latest news, for the live region */
	status = $state('');
	isKept = $state(false);
	/** the Census county names, fetched when a file's places need them */
	readonly counties: CountyNames;
	private source: ReadSource | null = null;
	private handle: ReadHandle | null = null;
	/** counts reads, so a read overtaken by another while it waited gives up */
	private reads = 0;

	constructor(manifest: () => Manifest) {
		this.counties = new CountyNames(manifest);
	}

	private readsCounties = (m: Mapping | undefined) => m?.place.kind === 'county-name';

	get places(): Places {
		return this.counties.places;
	}

	async read(source: ReadSource, options: { mapping?: Mapping; ownData?: boolean } = {}) {
		this.handle?.cancel();
		const token = ++this.reads;
		const name = nameOf(source);
		if (!options.mapping) this.inspection = null;
		Object.assign(this, { source, failure: null, phase: 'reading', reading: name });
		this.progress = { bytes: 0, total: source.kind === 'file' ? source.file.size : null, rows: 0 };
		this.status = `Reading ${name}…`;
		const counties = this.readsCounties(options.mapping) ? await this.counties.load() : undefined;
		if (token !== this.reads) return;
		if (counties === null) {
			const failure = {
				where: '',
				problem: 'the county names could not be loaded',
				hint: this.counties.error
			};
			Object.assign(this, { failure, failedName: name, phase: 'mapping' });
			this.status = `${name} could not be read.`;
			return;
		}
		const handle = startRead({ source, ...options, counties }, (p) => (this.progress = p));
		this.handle = handle;
		const end = await handle.done;
		if (this.handle !== handle || !end) return;
		this.handle = null;
		if (end.type === 'failed') {
			Object.assign(this, { failure: end.failure, failedName: name });
			this.phase = options.mapping ? 'mapping' : 'idle';
			this.status = `${name} could not be read.`;
		} else if (end.type === 'needs-mapping') {
			let mapping = guessMapping(end.inspection, this.places);
			// places that are neither codes nor state names: county names, perhaps
			if (
				mayHoldCountyNames(end.inspection, mapping, this.places) &&
				(await this.counties.load())
			) {
				if (token !== this.reads) return;
				mapping = guessMapping(end.inspection, this.places);
			}
			this.inspection = end.inspection;
			this.mapping = mapping;
			this.phase = 'mapping';
			this.status = `${name} is not a dataset this dashboard knows: say which columns hold the date, the place and the value.`;
		} else {
			// for bench/explore-parse.ts: the moment the result arrives
			performance.mark('explore:result');
			Object.assign(this, { loaded: end.loaded, phase: 'loaded', isKept: false });
			this.status = loadedMessage(end.loaded);
		}
	}

	cancel() {
		this.handle?.cancel();
		this.handle = null;
		this.phase = this.inspection ? 'mapping' : this.loaded ? 'loaded' : 'idle';
		this.status = 'Reading stopped.';
	}

	readMapped() {
		if (this.source && this.mapping)
			void this.read(this.source, { mapping: $state.snapshot(this.mapping) });
	}

	mapOwnData() {
		if (this.source) void this.read(this.source, { ownData: true });
	}

	startOver() {
		this.handle?.cancel();
		Object.assign(this, {
			phase: 'idle',
			inspection: null,
			mapping: null,
			loaded: null,
			failure: null
		});
		this.status = 'Choose a file to read.';
	}

	async keep() {
		if (!this.loaded) return;
		await keep(this.loaded);
		this.isKept = true;
		this.status = 'Kept in this browser, on this computer only. Remove it at any time.';
	}

	async forget() {
		await forget();
		this.isKept = false;
		this.status = 'Removed from this browser.';
	}

	/** Shows data kept on an earlier visit, if any. */
	async restore() {
		const data = await kept().catch(() => null);
		if (data?.origin.kind === 'mapped' && this.readsCounties(data.origin.mapping))
			await this.counties.load();
		if (!data || this.phase !== 'idle') return;
		Object.assign(this, { loaded: data, phase: 'loaded', isKept: true });
		this.status = `Showing ${data.name}, kept in this browser on ${data.loadedAt.slice(0, 10)}.`;
	}
}
