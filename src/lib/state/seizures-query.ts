/**
 * The seizures page's view in its link:
 *   /seizures?drug=fentanyl&unit=lbs&geo=cbp:southwest&by=component&period=fy&labs=TX
 * Each parameter has a schema; a value the page does not know falls back to
 * the default with a message the reader sees, and a split that does not fit
 * the place (an area split into CBP's components) falls back to its total.
 * Defaults are left out of the link, so the plain /seizures stays plain.
 */
import * as v from 'valibot';
import { SEIZED_DRUGS, type CbpArea } from '../domain/cbp';
import {
	cbpPlace,
	DEFAULT_VIEW,
	GRAINS,
	placeLabel,
	SPLIT_LABELS,
	SPLITS,
	splitsFor,
	type SeizureView
} from '../domain/seizure-view';

export const SeizuresQuerySchema = v.object({
	drug: v.picklist(SEIZED_DRUGS.map((d) => d.id)),
	unit: v.picklist(['lbs', 'events']),
	geo: v.pipe(v.string(), v.regex(/^cbp:[a-z-]+(:[a-z]+)?$/)),
	by: v.picklist(SPLITS),
	period: v.picklist(GRAINS),
	/** the place of the DEA lab-report panel: 'US' or a USPS code */
	labs: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))
});
export type SeizuresQuery = v.InferOutput<typeof SeizuresQuerySchema>;

export const DEFAULT_QUERY: SeizuresQuery = { ...DEFAULT_VIEW, labs: 'US' };

const FALLBACK_WORDS: Record<keyof SeizuresQuery, string> = {
	drug: 'one of the drugs in CBP’s files; showing fentanyl',
	unit: 'a unit this page shows; showing pounds',
	geo: 'a place in CBP’s data; showing all of CBP',
	by: 'a way to split the chart; showing CBP’s components',
	period: 'a period this page shows; showing fiscal years',
	labs: 'a state in DEA’s lab data; showing the United States'
};

const KEYS = Object.keys(DEFAULT_QUERY) as (keyof SeizuresQuery)[];

export interface ParsedQuery {
	query: SeizuresQuery;
	messages: string[];
}

/** The view a link asks for, every unknown value replaced by its default, with a message. */
export function parseSeizuresQuery(
	params: URLSearchParams,
	areas: readonly CbpArea[],
	labPlaces: ReadonlySet<string>
): ParsedQuery {
	const messages: string[] = [];
	const out: Record<string, string> = { ...DEFAULT_QUERY };
	for (const key of KEYS) {
		const raw = params.get(key);
		if (raw === null) continue;
		const ok = v.safeParse(SeizuresQuerySchema.entries[key], raw).success;
		const known =
			ok &&
			(key !== 'geo' || cbpPlace(raw, areas) !== undefined) &&
			(key !== 'labs' || raw === 'US' || labPlaces.has(raw));
		if (known) out[key] = raw;
		else messages.push(`“${raw}” is not ${FALLBACK_WORDS[key]}.`);
	}
	const query = v.parse(SeizuresQuerySchema, out);
	const place = cbpPlace(query.geo, areas)!;
	if (!splitsFor(place).includes(query.by)) {
		// a link that names only an area asks for its total; say so only when it asked otherwise
		if (params.has('by'))
			messages.push(
				`${placeLabel(place)} cannot be split by “${SPLIT_LABELS[query.by]}”; showing its total.`
			);
		query.by = 'total';
	}
	return { query, messages };
}

/**
 * The link's parameters after a change: a split that no longer fits the new
 * place becomes the total, and defaults are dropped (null removes a parameter).
 */
export function queryParams(
	current: SeizuresQuery,
	change: Partial<SeizuresQuery>,
	areas: readonly CbpArea[]
): Record<keyof SeizuresQuery, string | null> {
	const next = { ...current, ...change };
	const place = cbpPlace(next.geo, areas);
	if (place && !splitsFor(place).includes(next.by)) next.by = 'total';
	const out = {} as Record<keyof SeizuresQuery, string | null>;
	for (const key of KEYS) out[key] = next[key] === DEFAULT_QUERY[key] ? null : next[key];
	return out;
}

/** The part of the query the seizure charts depend on. */
export function viewOf(q: SeizuresQuery): SeizureView {
	return { drug: q.drug, unit: q.unit, geo: q.geo, by: q.by, period: q.period };
}
