/**
 * CDC DOSE (Drug Overdose Surveillance and Epidemiology), nonfatal overdoses:
 * two datasets, syndromic surveillance (sys.ts) and discharge data (dx.ts).
 */
export { cdcDoseSys } from './sys';
export { cdcDoseDx } from './dx';
