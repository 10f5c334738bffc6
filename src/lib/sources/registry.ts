/**
 * Every official dataset the dashboard reads, in the order files are tested
 * against them (more specific headers first).
 */
import { cbpSeizures } from './cbp-seizures/adapter';
import { cdcDoseDx, cdcDoseSys } from './cdc-dose/adapter';
import { cdcNchsFinal } from './cdc-nchs-final/adapter';
import { cdcVsrrCountyDerived } from './cdc-vsrr-county-derived/adapter';
import { cdcVsrrState } from './cdc-vsrr-state/adapter';
import { cdcWonderFinal, cdcWonderProvisional } from './cdc-wonder/adapter';
import { deaNflis } from './dea-nflis/adapter';
import { canadaSubstanceHarms } from './canada-substance-harms/adapter';
import { censusPopulation } from './census-population/adapter';
import { acs2023 } from './acs-2023/adapter';
import { cdcDispensing } from './cdc-dispensing/adapter';
import { censusStateEconomicDerived } from './census-state-economic-derived/adapter';
import { kffMedicaidExpansion } from './kff-medicaid-expansion/adapter';
import { samhsaNsduh } from './samhsa-nsduh/adapter';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [
	cdcVsrrState,
	cdcWonderFinal,
	cdcWonderProvisional,
	cdcNchsFinal,
	cdcDoseSys,
	cdcDoseDx,
	cdcVsrrCountyDerived,
	cbpSeizures,
	deaNflis,
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
