/**
 * Canada's provinces and territories as geos, for datasets about Canada.
 *
 * Codes are ISO 3166-2 style ('CA-BC'), keyed by Statistics Canada's
 * two-digit Standard Geographical Classification code (PRUID), with the
 * alpha codes Statistics Canada uses (Statistics Canada, "Province and
 * territory", Census dictionary, Table 1.8:
 * https://www12.statcan.gc.ca/census-recensement/2016/ref/dict/geo038-eng.cfm).
 *
 * Canada itself is 'CAN' (ISO 3166-1 alpha-3), not 'CA': in this dashboard
 * 'CA' is California. Health Infobase also reports the three territories
 * together (PRUID 63): 'CA-TERR'.
 */

export interface CanadianRegion {
	pruid: string;
	code: string;
	name: string;
}

export const CANADA = 'CAN';

export const CANADIAN_REGIONS: readonly CanadianRegion[] = [
	{ pruid: '1', code: CANADA, name: 'Canada' },
	{ pruid: '10', code: 'CA-NL', name: 'Newfoundland and Labrador' },
	{ pruid: '11', code: 'CA-PE', name: 'Prince Edward Island' },
	{ pruid: '12', code: 'CA-NS', name: 'Nova Scotia' },
	{ pruid: '13', code: 'CA-NB', name: 'New Brunswick' },
	{ pruid: '24', code: 'CA-QC', name: 'Quebec' },
	{ pruid: '35', code: 'CA-ON', name: 'Ontario' },
	{ pruid: '46', code: 'CA-MB', name: 'Manitoba' },
	{ pruid: '47', code: 'CA-SK', name: 'Saskatchewan' },
	{ pruid: '48', code: 'CA-AB', name: 'Alberta' },
	{ pruid: '59', code: 'CA-BC', name: 'British Columbia' },
	{ pruid: '60', code: 'CA-YT', name: 'Yukon' },
	{ pruid: '61', code: 'CA-NT', name: 'Northwest Territories' },
	{ pruid: '62', code: 'CA-NU', name: 'Nunavut' },
	{ pruid: '63', code: 'CA-TERR', name: 'Territories' }
];

const byPruid = new Map(CANADIAN_REGIONS.map((r) => [r.pruid, r]));
const byCode = new Map(CANADIAN_REGIONS.map((r) => [r.code, r]));

export function canadianRegionByPruid(pruid: string): CanadianRegion | undefined {
	return byPruid.get(pruid.trim());
}

/** Display name for a Canadian geo code, or undefined for any other code. */
export function canadianRegionName(code: string): string | undefined {
	const r = byCode.get(code);
	return r?.code === 'CA-TERR' ? 'Yukon, Northwest Territories and Nunavut' : r?.name;
}
