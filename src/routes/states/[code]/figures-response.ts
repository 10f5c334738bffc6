/**
 * The response and the drug supply: naloxone and buprenorphine prescriptions
 * filled (CDC), fentanyl identified by forensic labs (DEA NFLIS), and for a
 * border state, CBP's fentanyl seizures in the areas that map to it.
 */
import { compareTable } from '$lib/charts/compare-table';
import { COLORS } from '$lib/charts/palette';
import { buildTrendConfig } from '$lib/charts/trend-config';
import { CBP_REGIONS } from '$lib/domain/cbp';
import { comparisonSummary, listSummary } from '$lib/domain/compare-summary';
import { measure } from '$lib/domain/measures';
import { madeOf } from '$lib/domain/profile';
import { drawn, placeLines, sourceOf, type FigureSpec, type ProfileContext } from './figure';

const DISPENSING = 'cdc-dispensing';
const NFLIS = 'dea-nflis';
const CBP = 'cbp-seizures';
const inYear = (y: string) => `In ${y}`;

export function dispensingFigure(ctx: ProfileContext, drug: 'naloxone' | 'buprenorphine') {
	const { profile: p, places } = ctx;
	const id = `dispensing.${drug}`;
	const lines = placeLines(ctx, DISPENSING, id);
	if (!lines[0]!.points) return null;
	const what =
		drug === 'naloxone'
			? 'naloxone (which reverses an opioid overdose)'
			: 'buprenorphine (a medicine that treats opioid use disorder)';
	const us = madeOf(p, DISPENSING, id, places.at(-1)!);
	return {
		id: `dispensing-${drug}`,
		title: `${measure(id)!.label}: ${places.map((x) => x.name).join(', ')}`,
		summary: comparisonSummary({
			when: inYear,
			what: `the number of ${what} prescriptions filled at retail pharmacies`,
			unit: 'per 100 people',
			places: lines,
			digits: 2
		}),
		ariaLabel: `Line chart: ${drug} prescriptions filled per 100 people by year, ${places[0]!.name}, its division and the US.`,
		config: buildTrendConfig({ unit: 'prescriptions per 100 people', lines: drawn(lines) }),
		table: compareTable('Year', lines),
		sources: sourceOf(p, DISPENSING, p.series(DISPENSING, id, places[0]!.geo)?.source.release),
		caveat: `Prescriptions filled at retail pharmacies (IQVIA data), per 100 residents: not naloxone handed out by community programs or bought over the counter. The division's and the US rates are computed here from the state rates weighted by population${us ? ` (US: ${us})` : ''}, which equals their prescriptions over their people.`
	} satisfies FigureSpec;
}

export function labReportsFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p, places } = ctx;
	const id = 'lab-reports.fentanyl';
	const lines = placeLines(ctx, NFLIS, id);
	if (!lines[0]!.points) return null;
	const state = places[0]!;
	return {
		id: 'lab-reports',
		title: `Fentanyl identified by forensic labs in seized drugs (lab reports per year), ${state.name}`,
		summary: comparisonSummary({
			when: inYear,
			what: 'the number of lab reports of fentanyl or a related substance in seized drugs',
			unit: 'reports',
			places: lines,
			digits: 0
		}),
		ariaLabel: `Line chart: lab reports of fentanyl in seized drugs by year, ${state.name}.`,
		// the state alone: the division and US counts (in the table) would flatten its line
		config: buildTrendConfig({ unit: 'lab reports', lines: drawn(lines.slice(0, 1)) }),
		table: compareTable('Year', lines, 0),
		sources: sourceOf(p, NFLIS, p.series(NFLIS, id, state.geo)?.source.release),
		caveat: `Lab reports show what is in the drug supply, not how much: they count drugs identified in items police seized and sent to a lab, which differs between states. Labs report late, so the latest year is incomplete. The division and US columns add up the states (US: ${madeOf(p, NFLIS, id, places.at(-1)!) ?? 'CDC total'}).`
	};
}

const SEIZED = 'seizures.fentanyl.lbs.fiscal-year';

/** 'LAREDO SECTOR' -> 'Laredo Sector' (AMO names are already in title case) */
const titleCase = (name: string) =>
	name === name.toUpperCase() ? name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : name;

/** CBP areas of responsibility that map to a border state (data/cbp-areas.csv), and CBP's regions. */
export function seizureFigure(ctx: ProfileContext) {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const { areas } = p.file;
	if (!areas.length) return null;
	const geos = p.geos(CBP);
	const regions = CBP_REGIONS.filter((r) => geos.includes(`cbp:${r.id}`));
	const others = (states: string[]) => states.filter((s) => s !== state.geo);
	const lines = [
		...areas.map((a, i) => ({
			name: titleCase(a.name),
			label: `${titleCase(a.name)}${others(a.states).length ? ` (also covers ${others(a.states).join(', ')})` : ''}`,
			points: p.series(CBP, SEIZED, a.id)?.points,
			color: COLORS.series[i % COLORS.series.length]!
		})),
		...regions.map((r) => ({
			name: `${r.label} (all areas)`,
			label: `${r.label} (all areas)`,
			points: p.series(CBP, SEIZED, `cbp:${r.id}`)?.points,
			color: '#000'
		}))
	];
	return {
		id: 'seizures',
		title: `Fentanyl seized by CBP, in pounds per fiscal year: areas that cover ${state.name}`,
		summary: listSummary({
			when: (fy) => `In fiscal year ${fy.slice(2)} (October to September)`,
			intro: 'pounds of fentanyl seized by CBP',
			items: lines
		}),
		ariaLabel: `Line chart: pounds of fentanyl seized by CBP per fiscal year in the areas that cover ${state.name}.`,
		config: buildTrendConfig({
			unit: 'pounds of fentanyl',
			incompleteLabel: 'Year to date',
			lines: drawn(lines.slice(0, areas.length))
		}),
		table: compareTable('Fiscal year', lines, 0),
		sources: sourceOf(p, CBP),
		caveat: `Seizures measure enforcement activity and detection, not the amount of drugs that crossed: a rise can mean more smuggling, more inspection or better detection. Only the areas that a stored CBP page ties to ${state.name} are shown; several cover other states too, and field offices whose states were not confirmed are left out, so this is not a total for the state. Fiscal years run October to September; the current one is incomplete.`
	} satisfies FigureSpec;
}
