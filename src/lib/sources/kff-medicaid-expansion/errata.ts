/**
 * Known slips in KFF's table, shown in a note beside the value — the value
 * itself stays as KFF published it.
 *
 * California: the August 2025 table gives 1/1/2024. KFF's own summary
 * ("Status of State Medicaid Expansion Decisions: Interactive Map",
 * https://www.kff.org/medicaid/issue-brief/status-of-state-medicaid-expansion-decisions-interactive-map/)
 * says coverage under the expansion became effective January 1, 2014 in every
 * adopting state except a list of later starters that does not include
 * California, and KFF's California reports describe Medi-Cal's expansion in
 * January 2014. The note goes away by itself once KFF's file says otherwise.
 */
const ERRATA: readonly { geo: string; date: string; note: string }[] = [
	{
		geo: 'CA',
		date: '1/1/2024',
		note: 'KFF’s own summary of expansion dates has California’s expansion in effect from January 1, 2014; the 2024 date in this table may be an error.'
	}
];

export function erratum(geo: string, date: string): string | undefined {
	return ERRATA.find((e) => e.geo === geo && e.date === date)?.note;
}
