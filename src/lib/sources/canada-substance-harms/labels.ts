/** Health Infobase's labels, exactly as the file writes them, mapped to measure parts, units and periods. */

export const SOURCES = new Map([
	['Deaths', { id: 'deaths', noun: 'deaths' }],
	['Hospitalizations', { id: 'hospitalizations', noun: 'hospitalizations' }],
	['Emergency Department (ED) Visits', { id: 'ed-visits', noun: 'emergency department visits' }],
	['Emergency Medical Services (EMS)', { id: 'ems', noun: 'EMS responses' }]
]);

export const SUBSTANCES = new Map([
	['Opioids', 'opioids'],
	['Stimulants', 'stimulants']
]);

export interface Unit {
	unit: string;
	/** '' for counts */
	variant: string;
}

export function readUnit(label: string, noun: string): Unit | undefined {
	if (label === 'Number') return { unit: noun, variant: '' };
	if (label === 'Crude rate')
		return { unit: `${noun} per 100,000 population`, variant: 'crude-rate' };
	return undefined;
}

export interface CanadaPeriod {
	period: string;
	quarterly: boolean;
	incomplete?: boolean;
	note?: string;
}

/**
 * 'By year' + '2019' -> '2019'; 'By year' + '2025 (Jan to Sep)' -> '2025', a
 * partial year; 'By quarter' + '2019 Q1' -> '2019-Q1'. Undefined otherwise.
 */
export function periodOf(timePeriod: string, label: string): CanadaPeriod | undefined {
	if (timePeriod === 'By quarter') {
		const q = /^(\d{4}) Q([1-4])$/.exec(label);
		return q ? { period: `${q[1]}-Q${q[2]}`, quarterly: true } : undefined;
	}
	if (timePeriod !== 'By year') return undefined;
	if (/^\d{4}$/.test(label)) return { period: label, quarterly: false };
	const partial = /^(\d{4}) \((\w+) to (\w+)\)$/.exec(label);
	if (!partial) return undefined;
	return {
		period: partial[1]!,
		quarterly: false,
		incomplete: true,
		note: `Part of the year only: ${partial[2]} to ${partial[3]} ${partial[1]}.`
	};
}
