/**
 * The caveats beside a trend chart, chosen for what it draws: overlapping
 * 12-month periods, overlapping drug categories, provisional counts and the
 * predicted band, regions added up here, crude rates.
 */
export interface CaveatInput {
	measure: string;
	twelveMonth: boolean;
	hasPredicted: boolean;
	/** a region or a reader's group is on the chart */
	regions: boolean;
	rate: boolean;
	multiples: boolean;
}

export function trendCaveats(c: CaveatInput): string[] {
	const drugClass = c.measure.startsWith('deaths.') && c.measure !== 'deaths.all-causes';
	return [
		...(c.multiples
			? [
					`Each small chart is one place, and all share one vertical scale${c.hasPredicted ? ': the solid line is the reported value, the dashed line CDC’s predicted value' : ''}.`
				]
			: []),
		...(c.twelveMonth
			? [
					'Each point counts the 12 months ending that month, so neighbouring months overlap by 11 months: compare a month with the same month a year earlier, not with the month before.'
				]
			: []),
		...(drugClass
			? [
					'One death can involve several drugs, so drug categories overlap and do not add up to the all-drug total.'
				]
			: []),
		...(c.measure === 'deaths.synthetic-opioids'
			? ['Synthetic opioids other than methadone (T40.4) are mainly illicitly made fentanyl.']
			: []),
		...(c.hasPredicted
			? [
					'Counts are provisional. The shaded recent months are underreported while death investigations are pending (the table gives the percent pending); the dashed line is CDC’s predicted value, adjusted for that delay, and the band between the lines shows the difference.'
				]
			: []),
		...(c.regions
			? [
					'A region’s or group’s value is the sum of its states’ values, added up here, not published by the agency. Where a state has no value the total is a gap; a total that includes a suppressed count is a range.'
				]
			: []),
		...(c.rate
			? [
					'Rates are crude rates: the count divided by the Census Bureau’s July 1 population estimate for the year the period ends in, times 100,000, never an average of states’ rates. CDC’s published rates are usually age-adjusted, so they differ from these.'
				]
			: [])
	];
}
