/**
 * Moving between map shapes with the arrow keys: the next shape is the
 * nearest one in the direction pressed, preferring shapes straight ahead
 * over ones off to the side. Home and End go to the first and last shape in
 * reading order (the table's order).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Spot {
	id: string;
	/** SVG coordinates: y grows downwards */
	x: number;
	y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
	left: [-1, 0],
	right: [1, 0],
	up: [0, -1],
	down: [0, 1]
};

export const KEYS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

/** The id of the nearest spot in that direction, or null at the edge. */
export function nextInDirection(
	spots: readonly Spot[],
	fromId: string,
	dir: Direction
): string | null {
	const from = spots.find((s) => s.id === fromId);
	if (!from) return spots[0]?.id ?? null;
	const [vx, vy] = VECTORS[dir];
	const ahead = spots.flatMap((s) => {
		const dx = s.x - from.x;
		const dy = s.y - from.y;
		const along = dx * vx + dy * vy;
		const aside = Math.abs(dx * vy - dy * vx);
		// off-axis distance counts double, so a neighbour straight ahead wins
		return s.id !== fromId && along > 0
			? [{ id: s.id, along, aside, score: along + 2 * aside }]
			: [];
	});
	// first the shapes within about 60° of the arrow; only if there are none, anything on that side
	const cone = ahead.filter((c) => 2 * c.along >= c.aside);
	const pool = cone.length ? cone : ahead;
	pool.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
	return pool[0]?.id ?? null;
}
