/**
 * The policy timeline: data/events.csv (checked by its own test), read at
 * build time like the geography, plus Medicaid expansion dates made from
 * KFF's data by the page that loads them. Any page can import this and mark
 * the events on its trend chart with `withEvents` (charts/event-annotations).
 */
import eventsCsv from '../../../data/events.csv?raw';
import { byDate, parseEvents, type PolicyEvent } from '../domain/events';

export const POLICY_EVENTS: readonly PolicyEvent[] = byDate(parseEvents(eventsCsv));

/** Events numbered by date, the numbers shown on charts and in the events table. */
export function numbered(events: readonly PolicyEvent[]): (PolicyEvent & { n: number })[] {
	return byDate(events).map((e, i) => ({ ...e, n: i + 1 }));
}
