/**
 * The trends page's view, as a link: what the query string may hold (one
 * valibot schema), how a link becomes a view the page can draw (unknown or
 * impossible values fall back, each with a message the page shows), and how a
 * view becomes the shortest query string (defaults are left out).
 *
 *   /trends?measure=deaths.cocaine&geo=OH,hhs-5&group=KY,WV&per=100k&from=2019-01&to=2025-04&view=multiples
 */
import * as v from 'valibot';
import { inSentence } from '../domain/format';
import { choiceFromParam, choiceParam, type TrendChoice } from '../domain/trend-measures';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const codes = (item: RegExp) =>
	v.pipe(
		v.string(),
		v.transform((s) => [
			...new Set(
				s
					.split(',')
					.map((x) => x.trim())
					.filter(Boolean)
			)
		]),
		v.array(v.pipe(v.string(), v.regex(item)))
	);

/** Each field on its own, so one bad value costs only itself. */
const FIELDS = {
	measure: v.pipe(v.string(), v.regex(/^([a-z0-9-]+:)?[a-z0-9-]+(\.[a-z0-9-]+)*$/)),
	geo: codes(/^[A-Za-z0-9-]{2,40}$/),
	group: codes(/^[A-Z]{2}$/),
	per: v.picklist(['count', '100k']),
	from: v.pipe(v.string(), v.regex(PERIOD)),
	to: v.pipe(v.string(), v.regex(PERIOD)),
	view: v.picklist(['together', 'multiples'])
};
export const TrendsQuerySchema = v.partial(v.object(FIELDS));
export type TrendsQuery = v.InferOutput<typeof TrendsQuerySchema>;

const WORDS: Record<keyof typeof FIELDS, string> = {
	measure: 'measure',
	geo: 'list of places',
	group: 'group of states (two-letter codes)',
	per: 'choice of counts or rates (count or 100k)',
	from: 'start of the time range (YYYY or YYYY-MM)',
	to: 'end of the time range (YYYY or YYYY-MM)',
	view: 'view (together or multiples)'
};

export interface Parsed {
	query: TrendsQuery;
	messages: string[];
}

export function parseTrendsQuery(params: URLSearchParams): Parsed {
	const valid: Record<string, string> = {};
	const messages: string[] = [];
	for (const [key, schema] of Object.entries(FIELDS) as [keyof typeof FIELDS, v.GenericSchema][]) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		if (v.safeParse(schema, raw).success) valid[key] = raw;
		else messages.push(`“${raw}” is not a valid ${WORDS[key]}; it was ignored.`);
	}
	return { query: v.parse(TrendsQuerySchema, valid), messages };
}

export const MAX_PLACES = 8;

export interface TrendsContext {
	choices: readonly TrendChoice[];
	defaultChoice: TrendChoice;
	/** every place code the page knows, with its name */
	placeName: (code: string) => string | undefined;
	/** the states a reader's group may hold */
	groupable: ReadonlySet<string>;
	/** the population estimates are in this build */
	population: boolean;
}

export interface TrendsView {
	choice: TrendChoice;
	/** places and regions, in the reader's order */
	geos: string[];
	/** the reader's own group of states, sorted; empty for none */
	group: string[];
	per: 'count' | '100k';
	from?: string;
	to?: string;
	view: 'together' | 'multiples';
}

export function resolveTrends(
	parsed: Parsed,
	ctx: TrendsContext
): { view: TrendsView; messages: string[] } {
	const q = parsed.query;
	const messages = [...parsed.messages];
	const say = (m: string) => messages.push(m);

	let choice = ctx.defaultChoice;
	if (q.measure) {
		const found = choiceFromParam(ctx.choices, q.measure);
		if (found) choice = found;
		else
			say(`There is no measure “${q.measure}” in this build; showing ${inSentence(choice.label)}.`);
	}

	const unknownGeo = (q.geo ?? []).filter((c) => !ctx.placeName(c));
	if (unknownGeo.length)
		say(`No place called ${unknownGeo.map((c) => `“${c}”`).join(', ')}; left out.`);
	const unknownGroup = (q.group ?? []).filter((c) => !ctx.groupable.has(c));
	if (unknownGroup.length)
		say(
			`${unknownGroup.map((c) => `“${c}”`).join(', ')} cannot be in a group of states; left out.`
		);
	const group = (q.group ?? []).filter((c) => ctx.groupable.has(c)).sort();
	let geos = (q.geo ?? []).filter((c) => ctx.placeName(c));
	if (!geos.length && !group.length) {
		if (q.geo?.length) say('Showing the United States instead.');
		geos = ['US'];
	}
	const room = MAX_PLACES - (group.length ? 1 : 0);
	if (geos.length > room) {
		say(
			`A chart compares at most ${MAX_PLACES} places; left out ${geos.slice(room).map(ctx.placeName).join(', ')}.`
		);
		geos = geos.slice(0, room);
	}

	let per = q.per ?? 'count';
	if (per === '100k' && !ctx.population) {
		say(
			'Rates per 100,000 need the Census Bureau’s population estimates, which this build does not have; showing counts.'
		);
		per = 'count';
	} else if (per === '100k' && !choice.additive) {
		say(
			`${choice.label} is not a count, so it is shown as published: only counts become rates per 100,000.`
		);
		per = 'count';
	}

	let { from, to } = q;
	if (from && to && from > to) {
		say('The time range started after it ended; the two ends were swapped.');
		[from, to] = [to, from];
	}
	return {
		view: { choice, geos, group, per, from, to, view: q.view ?? 'together' },
		messages
	};
}

/** The query string for a view; a default value is left out (null). */
export function trendsParams(view: TrendsView, ctx: TrendsContext): Record<string, string | null> {
	const onlyUs = view.geos.length === 1 && view.geos[0] === 'US' && !view.group.length;
	return {
		measure: view.choice === ctx.defaultChoice ? null : choiceParam(ctx.choices, view.choice),
		geo: onlyUs || !view.geos.length ? null : view.geos.join(','),
		group: view.group.length ? view.group.join(',') : null,
		per: view.per === 'count' ? null : view.per,
		from: view.from ?? null,
		to: view.to ?? null,
		view: view.view === 'together' ? null : view.view
	};
}
