/**
 * Colours for canvas drawing (a canvas cannot read CSS variables). Chosen for
 * contrast on white (WCAG AA for lines and text) and to stay apart for the
 * common forms of colour blindness (Okabe–Ito based).
 */
export const COLORS = {
	reported: '#1f4e79',
	predicted: '#b3541e',
	series: ['#1f4e79', '#b3541e', '#117733', '#882255', '#6a5acd', '#8a6d00', '#0f7c8c', '#555555']
} as const;
