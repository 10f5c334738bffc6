/**
 * The root-cause page's view state, as it travels in the URL. Each parameter
 * is checked on its own: a bad or stale value falls back to its default
 * rather than breaking the page, so an old link still opens.
 */
import * as v from 'valibot';
import { EVENT_CATEGORIES, type EventCategory } from '../domain/events';
import { CONDITIONS, OUTCOMES } from '../domain/root-causes/catalogue';

export const YEARS = { first: 2015, last: 2025 } as const;
const year = (first: number, last: number, fallback: number) =>
	v.fallback(
		v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(first), v.maxValue(last)),
		fallback
	);
const list = <T extends string>(allowed: readonly T[], fallback: T[]) =>
	v.fallback(
		v.pipe(
			v.string(),
			v.transform((s) => (s === 'none' ? [] : s.split(','))),
			v.array(v.picklist(allowed))
		),
		fallback
	);

const CATEGORY_IDS = EVENT_CATEGORIES.map((c) => c.id) as EventCategory[];
const STATE = /^[A-Z]{2}$/;

export const ParamsSchema = v.object({
	o: v.fallback(v.picklist(OUTCOMES.map((o) => o.id)), 'synthetic-opioids'),
	x: v.fallback(v.picklist(CONDITIONS.map((c) => c.id)), 'naloxone'),
	y: year(YEARS.first, YEARS.last, 2023),
	s: v.fallback(
		v.pipe(
			v.string(),
			v.transform((s) => [...new Set(s.split(',').filter((c) => STATE.test(c)))])
		),
		[]
	),
	from: year(YEARS.first, YEARS.last, 2019),
	to: year(YEARS.first, YEARS.last, 2023),
	cx: v.fallback(v.picklist(['level', 'change']), 'level'),
	a: v.fallback(v.picklist(['southwest', 'southwest-ofo', 'all', 'northern']), 'southwest'),
	b: v.fallback(v.picklist(OUTCOMES.map((o) => o.id)), 'synthetic-opioids'),
	g: year(2013, 2024, 2014),
	m: v.fallback(v.picklist(['vsrr', 'nchs']), 'vsrr'),
	ev: list(CATEGORY_IDS, CATEGORY_IDS)
});
export type Params = v.InferOutput<typeof ParamsSchema>;

export function readParams(search: URLSearchParams): Params {
	const raw: Record<string, string | undefined> = {};
	for (const key of Object.keys(ParamsSchema.entries)) raw[key] = search.get(key) ?? undefined;
	return v.parse(ParamsSchema, raw);
}

export const DEFAULTS: Params = readParams(new URLSearchParams());

/** The URL value of one parameter, or null when it is the default (kept out of the link). */
export function paramValue<K extends keyof Params>(key: K, value: Params[K]): string | null {
	const text = Array.isArray(value) ? (value.length ? value.join(',') : 'none') : String(value);
	const fallback = DEFAULTS[key];
	const def = Array.isArray(fallback)
		? fallback.length
			? fallback.join(',')
			: 'none'
		: String(fallback);
	return text === def ? null : text;
}
