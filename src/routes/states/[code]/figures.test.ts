import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { profileOf, record, series } from '../../../../tests/support/profile';
import { placesOf } from '$lib/domain/profile';
import type { BuiltDataset } from '$lib/domain/by-geo';
import { deathTrendFigure, otherDrugsFigure, rateFigure, VSRR } from './figures-deaths';
import { edRateFigure } from './figures-nonfatal';
import { seizureFigure } from './figures-response';
import { sectionsOf } from './sections';

const ENC = ['IL', 'IN', 'MI', 'OH', 'WI'];
const months = (n: number, base: number) => Array.from({ length: n }, (_, i) => base + i);
const vsrr: BuiltDataset = {
	record: record(VSRR, 'CDC'),
	series: [
		...[...ENC, 'US', 'TX'].map((c) =>
			series(VSRR, 'deaths.all-drugs', c, '2023-01', [
				...months(15, 1000),
				{ value: 2000, status: 'provisional', incomplete: true }
			])
		),
		series(VSRR, 'deaths.all-drugs', 'OH', '2023-01', months(16, 1100), { variant: 'predicted' }),
		series(VSRR, 'deaths.synthetic-opioids', 'OH', '2023-01', months(16, 500)),
		series(VSRR, 'deaths.cocaine', 'US', '2023-01', months(16, 300))
	]
};
const population: BuiltDataset = {
	record: record('census-population'),
	series: [...ENC, 'US', 'TX'].map((c) =>
		series('census-population', 'population', c, '2023', [1e6, 1e6])
	)
};
const dx: BuiltDataset = {
	record: record('cdc-dose-dx'),
	series: ['IN', 'MI', 'US'].map((c) =>
		series('cdc-dose-dx', 'rate.ed-visits.all-drugs', c, '2022', [100, 120])
	)
};
const fiscal = (geo: string) => ({
	...series('cbp-seizures', 'seizures.fentanyl.lbs.fiscal-year', geo, '2024', []),
	points: [
		{ period: 'FY2024', value: 10, status: 'final' as const },
		{ period: 'FY2025', value: 20, status: 'provisional' as const, incomplete: true }
	]
});
const cbp: BuiltDataset = {
	record: record('cbp-seizures'),
	series: ['cbp:laredo-sector', 'cbp:el-paso-sector', 'cbp:southwest', 'cbp:all'].map(fiscal)
};
const datasets = [vsrr, population, dx, cbp];
const ctxOf = (code: string) => {
	const profile = profileOf(code, datasets);
	return { profile, places: placesOf(CTX.geography, profile) };
};
const oh = ctxOf('OH');

describe('Ohio’s death charts', () => {
	test('reported and predicted 12-month counts, newest first, the underreported month marked', () => {
		const f = deathTrendFigure(oh, 'deaths.all-drugs');
		expect(f.title).toBe(
			'Drug overdose deaths, all drugs, Ohio: deaths in the 12 months ending each month'
		);
		expect(f.summary).toMatch(
			/^In the 12 months ending April 2024, 2,000 people in Ohio died of a drug overdose, up 99 % from the 12 months ending April 2023 \(1,003\)\./
		);
		expect(f.table.rows[0]!.cells).toEqual([
			'April 2024',
			2000,
			1115,
			null,
			'Provisional, underreported (investigations pending)'
		]);
		expect(f.config.data.datasets.map((d) => d.label)).toEqual([
			'Reported',
			'Predicted (adjusted for reporting delays)'
		]);
	});

	test('crude rates of the state, the division and the US, on one chart', () => {
		const f = rateFigure(oh, 'deaths.all-drugs');
		expect(f.config.data.datasets.map((d) => d.label)).toEqual([
			'Ohio',
			'East North Central division',
			'United States'
		]);
		expect(f.table.rows[0]!.cells.slice(0, 4)).toEqual(['April 2024', 200, 200, 200]);
		expect(f.summary).toContain(
			'the crude death rate from overdoses involving all drugs in Ohio was 200 per 100,000 people'
		);
		expect(f.caveat).toMatch(/not adjusted for age/);
	});

	test('when the state has no counts by drug, the chart shows the US and says why', () => {
		const f = otherDrugsFigure(oh);
		expect(f.summary).toMatch(
			/^CDC's files read here have no counts by these drugs for Ohio, so the United States is shown\./
		);
		expect(f.title).toMatch(/: United States$/);
	});
});

test('a state without DOSE discharge data: the division’s participating states and the US', () => {
	const f = edRateFigure(oh)!;
	expect(f.summary).toBe(
		"Ohio is not among the states in CDC's DOSE discharge data. Its division's states that take part (IN, MI) and the US are shown."
	);
	expect(f.config.data.datasets.map((d) => d.label)).toEqual([
		'East North Central division (without IL, OH, WI (no value))',
		'United States'
	]);
});

test('CBP seizures: only for a border state, by the areas that map to it, and the year to date said so', () => {
	expect(seizureFigure(oh)).toBeNull();
	const f = seizureFigure(ctxOf('TX'))!;
	expect(f.config.data.datasets.map((d) => d.label)).toEqual([
		'El Paso Sector (also covers NM)',
		'Laredo Sector'
	]);
	expect(f.summary).toMatch(
		/In fiscal year 2025 .*: El Paso Sector 20; Laredo Sector 20; Southwest border \(all areas\) 20\. This latest period is incomplete/
	);
	expect(f.caveat).toMatch(
		/^Seizures measure enforcement activity and detection, not the amount of drugs that crossed/
	);
});

test('sections with nothing to draw for the state are left out', () => {
	const ids = sectionsOf(oh).map((s) => s.id);
	expect(ids).toEqual(['deaths', 'nonfatal']);
	expect(sectionsOf(ctxOf('TX')).map((s) => s.id)).toContain('supply');
});
