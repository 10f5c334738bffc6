/**
 * Which period of a condition to set beside an outcome year. Conditions come
 * at their own grains (a single year, a pooled pair '2022-2023', a 5-year
 * window ending in a year) and not every year has one, so the page says
 * plainly when the years differ rather than pretending they match.
 */

export interface Match {
	period: string;
	/** the period is the year itself, or a pooled range that contains it */
	exact: boolean;
}

const span = (p: string): [number, number] => {
	const range = /^(\d{4})-(\d{4})$/.exec(p);
	if (range) return [Number(range[1]), Number(range[2])];
	const y = Number(p.slice(0, 4));
	return [y, y];
};

/** The period that covers `year`, or else the nearest one (the earlier on a tie). */
export function matchPeriod(periods: readonly string[], year: number): Match | null {
	let best: { period: string; distance: number; start: number } | null = null;
	for (const period of periods) {
		const [start, end] = span(period);
		if (start <= year && year <= end) return { period, exact: true };
		const distance = year < start ? start - year : year - end;
		if (!best || distance < best.distance || (distance === best.distance && start < best.start))
			best = { period, distance, start };
	}
	return best ? { period: best.period, exact: false } : null;
}
