/**
 * One known value per dataset, read by the test from the official file and
 * found unchanged in the pipeline's output.
 */
import { describe, expect, test } from 'vitest';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { manifest, outputSeries } from './output';

const m = manifest();
const value = (rel: string, measure: string, geo: string, period: string, variant?: string) =>
	outputSeries(rel)
		.find((s) => s.measure === measure && s.geo === geo && s.variant === variant)
		?.points.find((p) => p.period === period)?.value;

describe.skipIf(!m)('spot checks', () => {
	test('cdc-vsrr-state: Ohio, T40.4, 12 months ending June 2024, reported and predicted', (ctx) => {
		const path = sharedFile(
			'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv'
		);
		if (!path) return ctx.skip('official file not here');
		const row = officialRows(path).find(
			(r) => r.state === 'OH' && r.year === '2024' && r.month === 'June'
		)!;
		const rel = 'cdc-vsrr-state/deaths.synthetic-opioids.json';
		expect(value(rel, 'deaths.synthetic-opioids', 'OH', '2024-06')).toBe(
			Number(row.get('data_value'))
		);
		expect(value(rel, 'deaths.synthetic-opioids', 'OH', '2024-06', 'predicted')).toBe(
			Number(row.get('predicted_value'))
		);
	});

	test('cdc-vsrr-state: US, all drugs, 12 months ending December 2021 (quoted "107,573" in the file)', (ctx) => {
		const path = sharedFile(
			'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_US_2015-01_to_2025-04.csv'
		);
		if (!path) return ctx.skip('official file not here');
		const row = officialRows(path).find(
			(r) =>
				r.Indicator === 'Number of Drug Overdose Deaths' &&
				r.Year === '2021' &&
				r.Month === 'December'
		)!;
		expect(value('cdc-vsrr-state/deaths.all-drugs.json', 'deaths.all-drugs', 'US', '2021-12')).toBe(
			Number(row.get('Data Value').replace(/,/g, ''))
		);
	});
});
