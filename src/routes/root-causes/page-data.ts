import areasCsv from '../../../data/cbp-areas.csv?raw';
import { GEOGRAPHY } from '$lib/data/geography';
import { loadManifest, loadMeasure } from '$lib/data/load';
import { sourceRef } from '$lib/domain/manifest';
import { OUTCOMES, type OutcomeId } from '$lib/domain/root-causes/catalogue';
import { ratePer100k, populationOf } from '$lib/domain/rates';
import {
	adoptions,
	borderSeizures,
	byState,
	kffAsOf,
	outcomeData,
	places as placesOf,
	SEIZURE_SERIES,
	slim,
	type OutcomeData
} from './assemble';

/**
 * Everything the root-cause page shows, assembled from the pipeline's JSON:
 * yearly deaths and rates per state, the conditions, the border seizures,
 * the monthly US series and the Medicaid dates. Run while the site is built,
 * for the prerendered page and for data.json, which the page fetches in the
 * browser (parsing JSON is far cheaper than the same data as a script).
 */
export async function rootCausesData(fetch: typeof globalThis.fetch) {
	const manifest = await loadManifest(fetch);
	const get = (dataset: string, measure: string) => loadMeasure(fetch, manifest, dataset, measure);
	const places = placesOf(GEOGRAPHY);
	const [
		pop,
		synth,
		all,
		nalox,
		bup,
		medicaid,
		oud,
		poverty,
		uninsured,
		unemp,
		income,
		nflis,
		lbs,
		nchs
	] = await Promise.all([
		get('census-population', 'population'),
		get('cdc-vsrr-state', 'deaths.synthetic-opioids'),
		get('cdc-vsrr-state', 'deaths.all-drugs'),
		get('cdc-dispensing', 'dispensing.naloxone'),
		get('cdc-dispensing', 'dispensing.buprenorphine'),
		get('kff-medicaid-expansion', 'medicaid.expansion'),
		get('samhsa-nsduh', 'prevalence.opioid-use-disorder'),
		get('acs-2023', 'share.poverty'),
		get('acs-2023', 'share.uninsured'),
		get('census-state-economic-derived', 'share.unemployment'),
		get('census-state-economic-derived', 'income.median-household'),
		get('dea-nflis', 'lab-reports.fentanyl'),
		get('cbp-seizures', 'seizures.fentanyl.lbs'),
		get('cdc-nchs-final', 'rate.deaths.all-drugs.age-adjusted')
	]);
	const population = byState(pop.series, places);
	const border = borderSeizures(lbs.series, GEOGRAPHY, areasCsv, population);
	const outcomes: Record<OutcomeId, OutcomeData> = {
		'synthetic-opioids': outcomeData(synth.series, places, population),
		'all-drugs': outcomeData(all.series, places, population)
	};
	const records = [pop, synth, nalox, medicaid, oud, poverty, unemp, nflis, lbs, nchs].map(
		(d) => d.record
	);
	return {
		places,
		population,
		outcomes,
		outcomeSources: Object.fromEntries(
			OUTCOMES.map((o) => [o.id, sourceRef((o.id === 'all-drugs' ? all : synth).record)])
		) as Record<OutcomeId, ReturnType<typeof sourceRef>>,
		conditions: {
			naloxone: byState(nalox.series, places),
			buprenorphine: byState(bup.series, places),
			medicaid: byState(medicaid.series, places),
			oud: byState(oud.series, places),
			poverty: byState(poverty.series, places),
			uninsured: byState(uninsured.series, places),
			unemployment: byState(unemp.series, places),
			income: byState(income.series, places),
			'lab-reports': byState(nflis.series, places, (points, geo) =>
				ratePer100k(points, populationOf(population[geo] ?? []))
			),
			'border-seizures': border.byState
		} as Record<string, Record<string, import('$lib/domain/series').Point[]>>,
		border: { credited: border.credited, leftOut: border.leftOut, states: border.borderStates },
		seizures: Object.fromEntries(
			Object.entries(SEIZURE_SERIES).map(([id, geo]) => [
				id,
				slim(lbs.series.find((s) => s.geo === geo && !s.variant)?.points ?? [])
			])
		) as Record<keyof typeof SEIZURE_SERIES, import('$lib/domain/series').Point[]>,
		adoptions: adoptions(medicaid.series, places),
		kffAsOf: kffAsOf(medicaid.series),
		nchsRates: byState(nchs.series, places),
		sources: Object.fromEntries(records.map((r) => [r.id, sourceRef(r)]))
	};
}

export type RootCausesData = Awaited<ReturnType<typeof rootCausesData>>;
