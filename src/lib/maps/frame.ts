/**
 * The map's drawing frame and what a shape is, apart from the decoding
 * (shapes.ts) so that modules needing only these do not pull topojson-client
 * into the first page load.
 */

/** The frame of us-atlas's Albers USA files. */
export const FRAME = { width: 975, height: 610 } as const;

export interface Shape {
	/** FIPS code as us-atlas writes it: '39', '39035' */
	id: string;
	name: string;
	d: string;
	/** centre of the largest part, for keyboard moves and markers */
	centroid: [number, number];
	/** area of the bounding box, in frame units: tiny shapes (DC) get a marker */
	boxArea: number;
}

/** Shapes smaller than this (box area, frame units) get a round marker so they can be seen and clicked. */
export const MARKER_BELOW = 50;
