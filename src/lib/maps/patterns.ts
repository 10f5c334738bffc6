/**
 * Fills for what is not a number, told apart by pattern as well as tone so
 * that colour is never the only cue: no data (diagonal hatch), suppressed
 * (dots), not published (cross-hatch), zero (plain white with a dark edge).
 * One definition serves the live map (rendered by MapPatterns.svelte) and the
 * PNG export (serialized by patternDefs).
 */

export type SpecialKind = 'zero' | 'suppressed' | 'not-shown' | 'no-data';

export interface Pattern {
	kind: Exclude<SpecialKind, 'zero'>;
	size: number;
	background: string;
	ink: string;
	marks: ({ shape: 'path'; d: string } | { shape: 'circle'; cx: number; cy: number; r: number })[];
}

export const PATTERNS: readonly Pattern[] = [
	{
		kind: 'no-data',
		size: 8,
		background: '#f2f2f2',
		ink: '#6b6b6b',
		marks: [{ shape: 'path', d: 'M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6' }]
	},
	{
		kind: 'suppressed',
		size: 6,
		background: '#ffffff',
		ink: '#4d4d4d',
		marks: [{ shape: 'circle', cx: 3, cy: 3, r: 1.3 }]
	},
	{
		kind: 'not-shown',
		size: 8,
		background: '#e6e6e6',
		ink: '#595959',
		marks: [{ shape: 'path', d: 'M0,0 L8,8 M8,0 L0,8' }]
	}
];

export const ZERO_FILL = '#ffffff';

/** The id of a pattern inside one page (several maps may share a page). */
export const patternId = (prefix: string, kind: Pattern['kind']) => `${prefix}-${kind}`;

/** The fill for a special kind: white for zero, otherwise a pattern reference. */
export function specialFill(prefix: string, kind: SpecialKind): string {
	return kind === 'zero' ? ZERO_FILL : `url(#${patternId(prefix, kind)})`;
}

/** <defs> for a standalone SVG (the PNG export): the same patterns as the page. */
export function patternDefs(prefix: string): string {
	const mark = (p: Pattern, m: Pattern['marks'][number]) =>
		m.shape === 'path'
			? `<path d="${m.d}" stroke="${p.ink}" stroke-width="1.2"/>`
			: `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" fill="${p.ink}"/>`;
	const one = (p: Pattern) =>
		`<pattern id="${patternId(prefix, p.kind)}" width="${p.size}" height="${p.size}" patternUnits="userSpaceOnUse">` +
		`<rect width="${p.size}" height="${p.size}" fill="${p.background}"/>${p.marks.map((m) => mark(p, m)).join('')}</pattern>`;
	return `<defs>${PATTERNS.map(one).join('')}</defs>`;
}
