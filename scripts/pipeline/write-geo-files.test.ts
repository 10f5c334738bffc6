import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildGeoFile, geoContext, indexDatasets } from '../../src/lib/domain/by-geo';
import { AREAS, CTX } from '../../tests/support/geography';
import { record, series } from '../../tests/support/profile';
import { GeoFileWriter } from './write-geo-files';

const ENC = ['IL', 'IN', 'MI', 'OH', 'WI'];
const deaths = {
	record: record('deaths'),
	series: ['IL', 'IN', 'OH', 'KY'].map((c, i) =>
		series('deaths', 'deaths.all-drugs', c, '2022', [
			i + 1,
			{ status: 'suppressed', low: 1, high: 9 }
		])
	)
};
const rates = {
	record: record('rates'),
	series: ['IL', 'OH'].map((c, i) =>
		series('rates', 'dispensing.naloxone', c, '2022', [10 + i, 12], { unit: 'per 100 people' })
	)
};
const shares = {
	record: record('shares'),
	series: ['OH', 'IN', 'MI', 'KY'].map((c, i) =>
		series('shares', 'share.poverty', c, '2023', [10 + i], { unit: '% of people' })
	)
};
const population = {
	record: record('census-population'),
	series: [...ENC, 'KY'].map((c) =>
		series('census-population', 'population', c, '2022', [1000, 2000])
	)
};

test('the files written dataset by dataset, population first, are those built whole', async () => {
	const inOrder = [deaths, rates, population, shares];
	const out = mkdtempSync(join(tmpdir(), 'geo-files-'));
	const ctx = geoContext(CTX.geography, AREAS, population);
	const ids = inOrder.map((d) => d.record.id);
	const writer = GeoFileWriter.open(out, ctx, 'now', ids);
	for (const d of [population, deaths, rates, shares]) writer.add(d);
	const written = writer.close();
	expect(Object.keys(written)).toHaveLength(51);
	const index = indexDatasets(CTX.geography, AREAS, inOrder);
	for (const code of ['OH', 'KY', 'TX', 'WY']) {
		const whole = buildGeoFile(index, code, 'now');
		if (code === 'OH') expect(whole.datasets.map((d) => d.dataset)).toEqual(ids);
		expect(readFileSync(join(out, written[code]!), 'utf8')).toBe(JSON.stringify(whole));
	}
});
