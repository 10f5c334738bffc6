/**
 * A map as one standalone SVG document — title, shapes, legend and source —
 * for the PNG download. Built as a string from the same shapes, fills and
 * legend as the page, so the picture says what the page says.
 */
import type { LegendEntry } from './map-data';
import { patternDefs, ZERO_FILL } from './patterns';
import { FRAME, MARKER_BELOW, type Shape } from './frame';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

export interface MapPicture {
	title: string;
	shapes: readonly Shape[];
	fillOf: (id: string) => string;
	prefix: string;
	legendTitle: string;
	legend: readonly LegendEntry[];
	source: string;
	/** round markers on tiny shapes, as on the page */
	markSmall?: boolean;
}

export function mapSvg(m: MapPicture): { svg: string; width: number; height: number } {
	const width = FRAME.width;
	const titleLines = wrap(m.title, 80);
	const mapTop = 16 + titleLines.length * 24;
	const legendTop = mapTop + FRAME.height + 20;
	const columns = 2;
	const rows = Math.ceil(m.legend.length / columns);
	const sourceLines = wrap(m.source, 140);
	const sourceTop = legendTop + 28 + rows * 24 + 10;
	const height = sourceTop + sourceLines.length * 16 + 12;
	const text = (x: number, y: number, s: string, attrs = '') =>
		`<text x="${x}" y="${y}"${attrs}>${esc(s)}</text>`;
	const paths = m.shapes
		.map((s) => {
			const fill = m.fillOf(s.id);
			const edge = fill === ZERO_FILL ? '#555555' : '#ffffff';
			const marker =
				m.markSmall !== false && s.boxArea < MARKER_BELOW
					? `<circle cx="${s.centroid[0]}" cy="${s.centroid[1]}" r="7" fill="${fill}" stroke="#333333"/>`
					: '';
			return `<path d="${s.d}" fill="${fill}" stroke="${edge}" stroke-width="0.6"/>${marker}`;
		})
		.join('');
	const legend = m.legend
		.map((e, i) => {
			const x = 20 + (i % columns) * 470;
			const y = legendTop + 28 + Math.floor(i / columns) * 24;
			return (
				`<rect x="${x}" y="${y - 13}" width="18" height="16" fill="${e.fill}" stroke="#555555" stroke-width="0.8"/>` +
				text(x + 26, y, `${e.label} (${e.count})`)
			);
		})
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="14" fill="#1b1b1b">` +
		patternDefs(m.prefix) +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		titleLines
			.map((l, i) => text(20, 32 + i * 24, l, ' font-size="19" font-weight="700"'))
			.join('') +
		`<g transform="translate(0 ${mapTop})">${paths}</g>` +
		text(20, legendTop + 6, m.legendTitle, ' font-weight="700"') +
		legend +
		sourceLines
			.map((l, i) => text(20, sourceTop + i * 16, l, ' font-size="12" fill="#4a4a4a"'))
			.join('') +
		`</svg>`;
	return { svg, width, height };
}
