/**
 * CBP-wide totals: Office of Field Operations + U.S. Border Patrol + Air and
 * Marine Operations, for all of CBP (cbp:all) and each region
 * (cbp:southwest…). They need the nationwide file and the AMO file together,
 * so the pipeline runs this after the files are joined.
 *
 * A month has a total only when all three components have it: AMO's newest
 * file ends months before the nationwide one, and those later months are
 * missing (with a note), never OFO + USBP passed off as the whole. A drug AMO
 * does not report (ketamine, LSD…) gets no CBP-wide series at all. Fiscal-year
 * totals add the months that have a total, and say so when that is not all 12.
 */
import {
	CBP_COMPONENTS,
	CBP_REGIONS,
	SEIZED_DRUGS,
	cbpGeo,
	seizureMeasure
} from '../../domain/cbp';
import type { SourcedSeries } from '../../domain/dataset-file';
import { fiscalYearTotals } from '../../domain/fiscal-year';
import { sumMembers } from '../../domain/sum';

const newest = (parts: readonly SourcedSeries[]) =>
	[...parts].sort((a, b) => (a.source.release < b.source.release ? 1 : -1))[0]!.source;

export function cbpWideTotals(series: readonly SourcedSeries[]): SourcedSeries[] {
	const byKey = new Map(series.map((s) => [`${s.measure}|${s.geo}`, s]));
	const out: SourcedSeries[] = [];
	for (const drug of SEIZED_DRUGS)
		for (const unit of ['lbs', 'events'] as const)
			for (const region of ['all', ...CBP_REGIONS.map((r) => r.id)] as const) {
				const measure = seizureMeasure(drug.id, unit, 'month');
				const parts = CBP_COMPONENTS.map((c) => byKey.get(`${measure}|${cbpGeo(region, c.id)}`));
				if (parts.some((p) => !p)) continue;
				const members = parts.map((p, i) => ({ geo: CBP_COMPONENTS[i]!.name, points: p!.points }));
				const months = sumMembers(members).map((p) =>
					p.status === 'missing' ? { ...p, note: `No CBP-wide total. ${p.note ?? ''}`.trim() } : p
				);
				const base = {
					...parts[0]!,
					geo: cbpGeo(region),
					source: newest(parts as SourcedSeries[])
				};
				out.push({ ...base, points: months });
				out.push({
					...base,
					measure: seizureMeasure(drug.id, unit, 'fiscal-year'),
					points: fiscalYearTotals(months)
				});
			}
	return out;
}
