/**
 * CBP's areas of responsibility, read at build time from data/cbp-areas.csv
 * (a file of facts with sources, shared with the pipeline's tests).
 */
import areasCsv from '../../../data/cbp-areas.csv?raw';
import { parseCbpAreas, type CbpArea } from '../domain/cbp';

export const CBP_AREAS: readonly CbpArea[] = parseCbpAreas(areasCsv);
