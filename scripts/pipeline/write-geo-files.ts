/**
 * Writes one profile file per state and DC (static/data/by-geo/<code>.json)
 * into the same staging folder as the datasets, so it is swapped in with them.
 * Each dataset's part is appended as soon as the dataset is read, so a run
 * never holds every dataset at once; a dataset read before its turn (the
 * census population, read first for every other dataset's rates) waits
 * until the datasets before it are in. The bytes are those of
 * JSON.stringify of the whole file (buildGeoFile), which the tests check.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	geoHead,
	geoParts,
	type BuiltDataset,
	type GeoContext,
	type GeoPart
} from '../../src/lib/domain/by-geo';
import type { LoosePacked, SourcedSeries } from '../../src/lib/domain/dataset-file';
import { geoFilePath } from '../../src/lib/domain/geo-file';
import { jsonPieces, writePieces } from './json-out';

interface Open {
	fd: number;
	rel: string;
	datasets: number;
	combined: GeoPart['combined'];
	standings: GeoPart['standings'];
}

export class GeoFileWriter {
	private readonly waiting = new Map<string, Map<string, GeoPart>>();

	private constructor(
		private readonly ctx: GeoContext,
		private readonly files: Map<string, Open>,
		private readonly order: string[]
	) {}

	/**
	 * Starts every state's file with the fields no dataset changes. `order`:
	 * the ids of the datasets to come, in the order the files list them.
	 */
	static open(outDir: string, ctx: GeoContext, generatedAt: string, order: string[]) {
		const files = new Map<string, Open>();
		const writer = new GeoFileWriter(ctx, files, [...order]);
		try {
			for (const code of ctx.states) {
				const rel = geoFilePath(code);
				mkdirSync(dirname(join(outDir, rel)), { recursive: true });
				const fd = openSync(join(outDir, rel), 'w');
				files.set(code, { fd, rel, datasets: 0, combined: [], standings: [] });
				const head = JSON.stringify(geoHead(ctx, code, generatedAt));
				writeSync(fd, `${head.slice(0, -1)},"datasets":[`);
			}
		} catch (e) {
			writer.abort();
			throw e;
		}
		return writer;
	}

	/** Appends one dataset's part to each state's file, or keeps it until its turn. */
	add(built: BuiltDataset, pack?: (s: SourcedSeries) => LoosePacked): void {
		const id = built.record.id;
		const now = id === this.order[0];
		const kept = new Map<string, GeoPart>();
		for (const [code, part] of geoParts(this.ctx, built, pack)) {
			if (now) this.append(code, part);
			else kept.set(code, part);
		}
		if (now) this.order.shift();
		else this.waiting.set(id, kept);
		for (let next; (next = this.waiting.get(this.order[0]!)); this.order.shift()) {
			this.waiting.delete(this.order[0]!);
			for (const [code, part] of next) this.append(code, part);
		}
	}

	private append(code: string, part: GeoPart): void {
		const f = this.files.get(code)!;
		if (part.dataset)
			writePieces(f.fd, [f.datasets++ ? ',' : '', ...jsonPieces(part.dataset, 'series')]);
		f.combined.push(...part.combined);
		f.standings.push(...part.standings);
	}

	/** Ends every file; returns them by state code, for the manifest. */
	close(): Record<string, string> {
		if (this.order.length)
			throw new Error(`no part of ${this.order.join(', ')} in the state files`);
		const written: Record<string, string> = {};
		for (const [code, f] of this.files) {
			const tail = `],"combined":${JSON.stringify(f.combined)},"standings":${JSON.stringify(f.standings)}}`;
			writeSync(f.fd, tail);
			closeSync(f.fd);
			this.files.delete(code);
			written[code] = f.rel;
		}
		return written;
	}

	/** Closes what is open, after a failure (the staging folder is removed with them). */
	abort(): void {
		for (const f of this.files.values())
			try {
				closeSync(f.fd);
			} catch {
				// closing is all that is left to do
			}
		this.files.clear();
	}
}
