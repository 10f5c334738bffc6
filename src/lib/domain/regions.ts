/**
 * Series for regions (census regions and divisions, HHS regions, border
 * groups, a user's own group of states): the sum of the members' series.
 */
import type { Geography, Region } from './geo';
import type { Point } from './series';
import { sumMembers } from './sum';

export function regionById(geo: Geography, id: string): Region | undefined {
	return geo.regions.find((r) => r.id === id);
}

/** A user's group from a list of codes ('custom:OH,KY,WV'); unknown codes are dropped. */
export function customRegion(geo: Geography, codes: readonly string[]): Region | null {
	const members = [...new Set(codes)].filter((c) => geo.byCode.has(c) && c !== 'YC');
	if (!members.length) return null;
	return { id: `custom:${members.join(',')}`, name: members.join(' + '), kind: 'custom', members };
}

export function regionPoints(
	region: Region,
	seriesOf: (code: string) => readonly Point[] | undefined
): Point[] {
	return sumMembers(region.members.map((code) => ({ geo: code, points: seriesOf(code) ?? [] })));
}
