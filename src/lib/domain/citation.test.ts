import { expect, test } from 'vitest';
import { citation, downloadReadme } from './citation';

const cdc = {
	publisher: 'CDC National Center for Health Statistics',
	title: 'VSRR Provisional Drug Overdose Death Counts',
	url: 'https://data.cdc.gov/d/xkb8-kh2a',
	release: '2026-01',
	retrievedAt: '2026-11-25T04:00:00.000Z',
	caveats: ['Counts are provisional.']
};

test('the cite line names agency, dataset, release, retrieval and the view', () => {
	expect(citation([cdc], 'https://example.org/?geo=OH')).toBe(
		'CDC National Center for Health Statistics. VSRR Provisional Drug Overdose Death Counts, data through January 2026 (retrieved 2026-11-25). https://data.cdc.gov/d/xkb8-kh2a Via Fentanyl Data Dashboard: https://example.org/?geo=OH'
	);
});

test('a derived source says so', () => {
	expect(citation([{ ...cdc, derived: true }], 'x')).toContain(
		'(derived by a third party from official data)'
	);
});

test('the README carries the summary, columns, source, caveats and link', () => {
	const text = downloadReadme({
		title: 'T',
		summary: 'S.',
		columns: ['Period', 'Deaths'],
		sources: [cdc, cdc],
		link: 'L',
		downloadedAt: '2026-11-25'
	});
	expect(text).toContain('Columns: Period; Deaths.');
	expect(text).toContain('- Counts are provisional.');
	expect(text.match(/Counts are provisional/g)).toHaveLength(1);
	expect(text).toContain('This view: L');
});
