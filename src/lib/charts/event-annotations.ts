/**
 * Policy events as vertical lines on any chart whose x axis is a list of
 * periods (months 'YYYY-MM' or years 'YYYY', one category per period). Each
 * line carries the event's number from the events table, so the chart stays
 * readable and the table says what happened. A line sits inside its period
 * in proportion to the day, and events outside the axis are left off.
 * Colour and dash both tell the category (colour alone would not do).
 */
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { EventCategory } from '../domain/events';

export const CATEGORY_STYLE: Record<EventCategory, { color: string; dash: number[] }> = {
	'supply-enforcement': { color: '#a4481a', dash: [6, 3] },
	'treatment-harm-reduction': { color: '#117733', dash: [] },
	prevention: { color: '#5b4bbf', dash: [2, 2] },
	other: { color: '#555555', dash: [8, 2, 2, 2] }
};

export interface MarkedEvent {
	/** its number in the events table */
	n: number;
	date: string;
	category: EventCategory;
	title: string;
}

const daysIn = (year: number, month?: number) =>
	month === undefined
		? (new Date(Date.UTC(year + 1, 0, 1)).getTime() - new Date(Date.UTC(year, 0, 1)).getTime()) /
			864e5
		: new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Where a date falls on a category axis of periods; null when outside it. */
export function eventPosition(date: string, periods: readonly string[]): number | null {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const day = Number(date.slice(8, 10));
	const monthly = periods.length > 0 && /^\d{4}-\d{2}$/.test(periods[0]!);
	if (monthly) {
		const i = periods.indexOf(date.slice(0, 7));
		return i < 0 ? null : i - 0.5 + (day - 0.5) / daysIn(year, month);
	}
	const i = periods.indexOf(date.slice(0, 4));
	if (i < 0) return null;
	const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 864e5 + 1;
	return i - 0.5 + (dayOfYear - 0.5) / daysIn(year);
}

export function eventAnnotations(
	events: readonly MarkedEvent[],
	periods: readonly string[]
): Record<string, AnnotationOptions> {
	const out: Record<string, AnnotationOptions> = {};
	for (const e of events) {
		const x = eventPosition(e.date, periods);
		if (x === null) continue;
		const style = CATEGORY_STYLE[e.category];
		out[`event-${e.n}`] = {
			type: 'line',
			xMin: x,
			xMax: x,
			borderColor: style.color,
			borderWidth: 1.5,
			borderDash: style.dash,
			label: {
				display: true,
				content: String(e.n),
				position: 'start',
				backgroundColor: style.color,
				color: '#ffffff',
				font: { size: 10, weight: 'bold' },
				padding: 2
			}
		};
	}
	return out;
}

/** A chart config with event lines added beside any annotations it already has. */
export function withEvents<T extends { options?: object }>(
	config: T,
	events: readonly MarkedEvent[],
	periods: readonly string[]
): T {
	const options = (config.options ?? {}) as {
		plugins?: { annotation?: { annotations?: Record<string, AnnotationOptions> } };
	};
	const existing = options.plugins?.annotation?.annotations ?? {};
	return {
		...config,
		options: {
			...options,
			plugins: {
				...options.plugins,
				annotation: { annotations: { ...existing, ...eventAnnotations(events, periods) } }
			}
		}
	};
}
