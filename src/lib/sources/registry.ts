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
	deaNflis
];

export function adapterById(id: string): Adapter | undefined {
	return ADAPTERS.find((a) => a.id === id);
}
