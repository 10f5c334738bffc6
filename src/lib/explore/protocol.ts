/** Messages between the page and the worker that reads a file. */
import type { CountyName } from '../domain/county-names';
import type { Inspection } from './inspect';
import type { Loaded } from './loaded';
import type { Mapping } from './mapping';

export type ReadSource = { kind: 'file'; file: File } | { kind: 'url'; url: string };

export interface ReadRequest {
	source: ReadSource;
	/** read the whole file through this mapping */
	mapping?: Mapping;
	/** map the columns even if the header is an official dataset's */
	ownData?: boolean;
	/** the Census county names, for a mapping that reads county names */
	counties?: CountyName[];
}

/** Why a file could not be read, in the person's terms. */
export interface ReadFailure {
	/** 'Row 3, column “deaths”' or '' when the problem is not in one row */
	where: string;
	/** what was wrong: 'expected …, found …' or a sentence */
	problem: string;
	/** what to do about it */
	hint: string;
}

export interface Progress {
	bytes: number;
	/** the file's size when known (a download may not say) */
	total: number | null;
	rows: number;
}

export type WorkerMessage =
	| ({ type: 'progress' } & Progress)
	| { type: 'needs-mapping'; inspection: Inspection }
	| { type: 'done'; loaded: Loaded }
	| { type: 'failed'; failure: ReadFailure };
