/**
 * Writes one profile file per state and DC (static/data/by-geo/<code>.json)
 * into the same staging folder as the datasets, so it is swapped in with them.
 * Each dataset's part is appended as soon as the dataset is read, so a run
 * never holds every dataset at once; a dataset read before its turn (the
 * census population, read first for every other dataset's rates) waits, as
 * text, until the datasets before it are in. The bytes are those of
 * JSON.stringify of the whole file (buildGeoFile), which the tests check.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
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

/** One dataset's part of one state's file, its dataset already JSON. */
interface Part {
	json: string | null;
	combined: GeoPart['combined'];
	standings: GeoPart['standings'];
}

interface Open {
	file: FileHandle;
	rel: string;
	datasets: number;
	combined: GeoPart['combined'];
	standings: GeoPart['standings'];
}

export class GeoFileWriter {
	private readonly waiting = new Map<string, Map<string, Part>>();

	private constructor(
		private readonly ctx: GeoContext,
		private readonly files: Map<string, Open>,
		private readonly order: string[]
	) {}

	/**
	 * Starts every state's file with the fields no dataset changes. `order`:
	 * the ids of the datasets to come, in the order the files list them.
	 */
	static async open(outDir: string, ctx: GeoContext, generatedAt: string, order: string[]) {
		const files = new Map<string, Open>();
		const writer = new GeoFileWriter(ctx, files, [...order]);
		try {
			for (const code of ctx.states) {
				const rel = geoFilePath(code);
				await mkdir(dirname(join(outDir, rel)), { recursive: true });
				const file = await open(join(outDir, rel), 'w');
				files.set(code, { file, rel, datasets: 0, combined: [], standings: [] });
				const head = JSON.stringify(geoHead(ctx, code, generatedAt));
				await file.write(`${head.slice(0, -1)},"datasets":[`);
			}
		} catch (e) {
			await writer.abort();
			throw e;
		}
		return writer;
	}

	/** Appends one dataset's part to each state's file, or keeps it until its turn. */
	async add(built: BuiltDataset, pack?: (s: SourcedSeries) => LoosePacked): Promise<void> {
		const id = built.record.id;
		const now = id === this.order[0];
		const kept = new Map<string, Part>();
		for (const [code, p] of geoParts(this.ctx, built, pack)) {
			const part = { ...p, json: p.dataset && JSON.stringify(p.dataset) };
			if (now) await this.append(code, part);
			else kept.set(code, part);
		}
		if (now) this.order.shift();
		else this.waiting.set(id, kept);
		for (let next; (next = this.waiting.get(this.order[0]!)); this.order.shift()) {
			this.waiting.delete(this.order[0]!);
			for (const [code, part] of next) await this.append(code, part);
		}
	}

	private async append(code: string, part: Part): Promise<void> {
		const f = this.files.get(code)!;
		if (part.json) await f.file.write(`${f.datasets++ ? ',' : ''}${part.json}`);
		f.combined.push(...part.combined);
		f.standings.push(...part.standings);
	}

	/** Ends every file; returns them by state code, for the manifest. */
	async close(): Promise<Record<string, string>> {
		if (this.order.length)
			throw new Error(`no part of ${this.order.join(', ')} in the state files`);
		const written: Record<string, string> = {};
		for (const [code, f] of this.files) {
			const tail = `],"combined":${JSON.stringify(f.combined)},"standings":${JSON.stringify(f.standings)}}`;
			await f.file.write(tail);
			await f.file.close();
			this.files.delete(code);
			written[code] = f.rel;
		}
		return written;
	}

	/** Closes what is open, after a failure (the staging folder is removed with them). */
	async abort(): Promise<void> {
		for (const f of this.files.values()) await f.file.close().catch(() => {});
		this.files.clear();
	}
}
