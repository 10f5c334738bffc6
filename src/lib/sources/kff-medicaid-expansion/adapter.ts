/**
 * KFF State Health Facts, "Status of State Action on the Medicaid Expansion
 * Decision": each state's status, implementation date, whether voters
 * adopted it by ballot, and whether a trigger law would end it if federal
 * funding drops.
 *
 * Layout: UTF-8 BOM, mixed LF/CRLF line endings, two title lines above the
 * header ("Title: …", "Timeframe: August 2025" — the date the statuses hold
 * for), then a "United States" summary row (counted and left out), one row per
 * state and DC, and a free-text footer (notes, sources, footnotes) after a
 * blank line. Rows with no footnote have 5 fields instead of 6. Dates are
 * M/D/YYYY; "N/A" means not adopted.
 *
 * Output (see ../../../domain/medicaid-expansion.ts): `medicaid.expansion`,
 * yearly from 2013 to the timeframe's year, the share of each year with the
 * expansion in effect; and `medicaid.expansion-adopted`, one point in the
 * timeframe's month, 1 adopted / 0 not, with KFF's columns in its note.
 */
import { monthNumber, monthPeriod } from '../../domain/period';
import {
	EXPANSION,
	EXPANSION_ADOPTED,
	isDay,
	shareInEffect,
	type Day
} from '../../domain/medicaid-expansion';
import { columns, shown } from '../cells';
import { readStateName } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { erratum } from './errata';

const COLUMNS = [
	'Location',
	'Status of Medicaid Expansion Decision',
	'Expansion Implementation Date',
	'Expansion Adopted Through Ballot Initiative',
	'Trigger Law In Place'
] as const;
const [LOCATION, STATUS, DATE, BALLOT, TRIGGER] = COLUMNS;
const FIRST_YEAR = 2013;

/** "Timeframe: August 2025" among the title lines -> { year: 2025, month: 8 }. */
function timeframe(preamble: readonly (readonly string[])[], file: string) {
	for (const cell of preamble.flat()) {
		const m = /^\s*Timeframe:\s*([A-Za-z]+)\s+(\d{4})\s*$/.exec(cell);
		const month = m ? monthNumber(m[1]!) : undefined;
		if (m && month) return { year: Number(m[2]), month, text: `${m[1]} ${m[2]}` };
	}
	throw new SourceError(
		file,
		1,
		null,
		'a title line "Timeframe: <month> <year>" above the header, the date KFF’s statuses hold for',
		preamble.length ? shown(preamble.flat().join(' ')) : 'the header on the first line',
		'Use the file as downloaded from KFF, with its title lines.'
	);
}

function readDate(cell: string, at: { file: string; row: number }): Day | null {
	const t = cell.trim();
	if (t === '' || t.toUpperCase() === 'N/A') return null;
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
	const day = m ? { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) } : null;
	if (!day || !isDay(day))
		throw new SourceError(at.file, at.row, DATE, 'a date written M/D/YYYY, or N/A', shown(t));
	return day;
}

export const kffMedicaidExpansion: CsvAdapter = {
	id: 'kff-medicaid-expansion',
	title: 'Status of State Action on the Medicaid Expansion Decision',
	publisher: 'KFF (State Health Facts)',
	url: 'https://www.kff.org/affordable-care-act/state-indicator/state-activity-around-expanding-medicaid-under-the-affordable-care-act/',
	license: 'KFF; reuse with attribution (Source: KFF)',
	caveats: [
		'Source: KFF. Statuses hold for the month KFF names (the file’s timeframe); states can change course after it.',
		'Each year’s value is the share of that year with the expansion in effect: 0 before it began or where it was never adopted, 1 for a whole year, and a fraction for the year it began (coverage starting July 1 gives about 0.5).',
		'The implementation date is when coverage under the expansion began, which can be months or years after voters or lawmakers adopted it.'
	],
	combine: 'newest-release',
	stopAtBlankLine: true,
	allowShortRows: true,
	headers: [COLUMNS],
	open(header, file, ctx, preamble): RowSink {
		const at = columns(header, COLUMNS, file);
		const footnotes = header.findIndex((h) => h.trim() === 'Footnotes');
		const asOf = timeframe(preamble ?? [], file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const get = (c: (typeof COLUMNS)[number]) => (cells[at[c]] ?? '').trim();
				if (get(LOCATION) === 'United States')
					return tally.skip('the United States summary row (counts of states), not a state', row);
				const geo = readStateName(ctx.geography, get(LOCATION), { file, row, column: LOCATION });
				const status = get(STATUS);
				const adopted = /^adopted/i.test(status);
				if (!adopted && !/^not adopted/i.test(status))
					throw new SourceError(file, row, STATUS, '"Adopted" or "Not Adopted"', shown(status));
				const start = readDate(get(DATE), { file, row });
				if (start && !adopted)
					throw new SourceError(
						file,
						row,
						DATE,
						'N/A for a state that has not adopted the expansion',
						shown(get(DATE))
					);

				const when = `KFF, as of ${asOf.text}`;
				const fix = erratum(geo, get(DATE));
				const planned =
					start && monthPeriod(start.year, start.month) > monthPeriod(asOf.year, asOf.month);
				const note =
					(start
						? `Expansion ${planned ? 'planned to take effect' : 'in effect from'} ${get(DATE)} (${when}).`
						: adopted
							? `Expansion adopted but not yet in effect (${when}).`
							: `Expansion not adopted (${when}).`) + (fix ? ` ${fix}` : '');
				const key = { geo, unit: 'share of the year with the expansion in effect (1 = all year)' };
				let dup = false;
				for (let year = FIRST_YEAR; year <= asOf.year; year++)
					dup = out.add(
						{ ...key, measure: EXPANSION },
						{ period: String(year), value: shareInEffect(start, year), status: 'final', note },
						row
					);
				const notes = (cells[footnotes] ?? '').trim();
				out.add(
					{ geo, measure: EXPANSION_ADOPTED, unit: '1 = adopted, 0 = not adopted' },
					{
						period: monthPeriod(asOf.year, asOf.month),
						value: adopted ? 1 : 0,
						status: 'final',
						note: [
							`${status}.`,
							`Implementation date: ${get(DATE) || 'none'}.`,
							`Adopted through a ballot initiative: ${get(BALLOT) || 'N/A'}.`,
							`Trigger law in place: ${get(TRIGGER) || 'N/A'}.`,
							notes ? `KFF footnote${notes.includes(',') ? 's' : ''} ${notes}.` : '',
							fix
						]
							.filter(Boolean)
							.join(' ')
					},
					row
				);
				if (dup) tally.duplicate(row);
			},
			end() {
				tally.release = monthPeriod(asOf.year, asOf.month);
				return tally.result(out.build());
			}
		};
	}
};
