/**
 * The pipeline's output in static/data, for tests that check it. In CI the
 * output must exist (.ci/run imports the data first); elsewhere a test that
 * needs it is skipped with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import {
	parseDatasetFile,
	unpackDataset,
	type SourcedSeries
} from '../../src/lib/domain/dataset-file';
import { ManifestSchema, type Manifest } from '../../src/lib/domain/manifest';

export const OUT = resolve(import.meta.dirname, '../../static/data');

export function manifest(): Manifest | null {
	const path = resolve(OUT, 'manifest.json');
	if (!existsSync(path)) {
		if (process.env.CI)
			throw new Error('static/data/manifest.json is missing: run npm run data first.');
		return null;
	}
	return v.parse(ManifestSchema, JSON.parse(readFileSync(path, 'utf8')));
}

export function outputSeries(rel: string): SourcedSeries[] {
	return unpackDataset(parseDatasetFile(JSON.parse(readFileSync(resolve(OUT, rel), 'utf8'))));
}
