import { expect, test } from 'vitest';
import { mapSvg, wrap } from './export-svg';

const picture = {
	title: 'Overdose deaths by state <all drugs> & more',
	shapes: [
		{
			id: '39',
			name: 'Ohio',
			d: 'M0,0L1,0L1,1Z',
			centroid: [0, 0] as [number, number],
			boxArea: 1
		},
		{
			id: '21',
			name: 'Kentucky',
			d: 'M2,2L3,2L3,3Z',
			centroid: [2, 2] as [number, number],
			boxArea: 900
		}
	],
	fillOf: (id: string) => (id === '39' ? '#2b67a3' : 'url(#m-no-data)'),
	prefix: 'm',
	legendTitle: 'Deaths in the 12 months ending April 2025',
	legend: [
		{ key: 'class-0', label: 'Under 100 deaths', fill: '#d4e4f2', count: 1 },
		{ key: 'no-data', label: 'No data', fill: 'url(#m-no-data)', count: 1 }
	],
	source: 'Source: CDC NCHS, VSRR Provisional Drug Overdose Death Counts, data through April 2025.'
};

test('the picture holds the title, every shape with its fill, the legend with counts and the source', () => {
	const { svg, width, height } = mapSvg(picture);
	expect(svg).toContain('Overdose deaths by state &lt;all drugs&gt; &amp; more');
	expect(svg).toContain('<path d="M0,0L1,0L1,1Z" fill="#2b67a3"');
	expect(svg).toContain('<path d="M2,2L3,2L3,3Z" fill="url(#m-no-data)"');
	expect(svg).toContain('<pattern id="m-no-data"');
	// a tiny shape (DC) gets a marker so it can be seen; a large one does not
	expect(svg).toContain('<circle cx="0" cy="0" r="7" fill="#2b67a3"');
	expect(svg.match(/ r="7"/g)).toHaveLength(1);
	expect(svg).toContain('>Under 100 deaths (1)</text>');
	expect(svg).toContain('>No data (1)</text>');
	expect(svg).toContain('data through April 2025.');
	expect(width).toBe(975);
	expect(height).toBeGreaterThan(610);
});

test('long lines wrap at spaces', () => {
	expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	expect(wrap('', 9)).toEqual([]);
});
