/**
 * Every official dataset the dashboard reads, in the order files are tested
 * against them (more specific headers first).
 */
import { canadaSubstanceHarms } from './canada-substance-harms/adapter';
import { cdcVsrrState } from './cdc-vsrr-state/adapter';
import { censusPopulation } from './census-population/adapter';
import { acs2023 } from './root-causes/acs-2023/adapter';
import { cdcDispensing } from './root-causes/cdc-dispensing/adapter';
import { censusStateEconomicDerived } from './root-causes/census-state-economic-derived/adapter';
import { kffMedicaidExpansion } from './root-causes/kff-medicaid-expansion/adapter';
import { samhsaNsduh } from './root-causes/samhsa-nsduh/adapter';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [
	cdcVsrrState,
	censusPopulation,
	cdcDispensing,
	kffMedicaidExpansion,
	samhsaNsduh,
	acs2023,
	censusStateEconomicDerived,
	canadaSubstanceHarms
];

export function adapterById(id: string): Adapter | undefined {
	return ADAPTERS.find((a) => a.id === id);
}
