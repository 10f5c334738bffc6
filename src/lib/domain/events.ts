/**
 * Dated policy events for the timeline (data/events.csv), each with an
 * official source and what that source says, so a reviewer can check it.
 * Medicaid expansion dates are not typed into the file: they are made here
 * from KFF's dataset (`medicaidEvents`), so the two can never disagree.
 */
import { compareText } from './text-order';
import Papa from 'papaparse';
import * as v from 'valibot';
import { isDay } from './medicaid-expansion';
import type { Adoption } from './medicaid-expansion';

export const EVENT_CATEGORIES = [
	{ id: 'supply-enforcement', label: 'Supply-side enforcement' },
	{ id: 'treatment-harm-reduction', label: 'Treatment and harm reduction' },
	{ id: 'prevention', label: 'Prevention' },
	{ id: 'other', label: 'Other' }
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number]['id'];
const CATEGORY_IDS = EVENT_CATEGORIES.map((c) => c.id);

/** Government hosts (federal and state), and the UN's drug office for an international act. */
export function isOfficialUrl(url: string): boolean {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	return (
		u.protocol === 'https:' &&
		(/(^|\.)[a-z0-9-]+\.gov$/.test(u.hostname) || u.hostname === 'www.unodc.org')
	);
}

const realDay = (s: string) =>
	/^\d{4}-\d{2}-\d{2}$/.test(s) &&
	isDay({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });

export const EventSchema = v.object({
	date: v.pipe(v.string(), v.check(realDay, 'a real day as YYYY-MM-DD')),
	title: v.pipe(v.string(), v.trim(), v.minLength(5)),
	/** 'US' or a state's USPS code */
	scope: v.pipe(v.string(), v.regex(/^(US|[A-Z]{2})$/)),
	category: v.picklist(CATEGORY_IDS),
	source_url: v.pipe(v.string(), v.check(isOfficialUrl, 'an https address of an official site')),
	/** a short quote or paraphrase of what the source says */
	source_says: v.pipe(v.string(), v.trim(), v.minLength(10))
});
export type PolicyEvent = v.InferOutput<typeof EventSchema> & {
	/** made from a dataset rather than typed into events.csv */
	generated?: string;
};

/** Parses data/events.csv; throws with the row number for a bad row. */
export function parseEvents(csv: string): PolicyEvent[] {
	const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
	return data.map((row, i) => {
		const r = v.safeParse(EventSchema, row);
		if (!r.success)
			throw new Error(
				`data/events.csv row ${i + 2}: ${r.issues.map((x) => `${x.path?.map((p) => p.key).join('.') ?? ''} ${x.message}`).join('; ')}`
			);
		return r.output;
	});
}

const US_DATE = (d: string) =>
	`${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}/${d.slice(0, 4)}`;

/** One event per state whose Medicaid expansion took effect, from KFF's data. */
export function medicaidEvents(
	adoptions: readonly Adoption[],
	nameOf: (geo: string) => string,
	source: { url: string; asOf: string }
): PolicyEvent[] {
	return adoptions
		.filter((a): a is Adoption & { date: string } => a.status === 'in-effect' && a.date !== null)
		.map((a) => ({
			date: a.date,
			title: `Medicaid expansion takes effect in ${nameOf(a.geo)}`,
			scope: a.geo,
			category: 'treatment-harm-reduction' as const,
			source_url: source.url,
			source_says: `KFF, Status of State Action on the Medicaid Expansion Decision (${source.asOf}): expansion implementation date ${US_DATE(a.date)}.`,
			generated: 'KFF Medicaid expansion dataset'
		}));
}

export function byDate(events: readonly PolicyEvent[]): PolicyEvent[] {
	return [...events].sort((a, b) => compareText(a.date, b.date) || compareText(a.title, b.title));
}
