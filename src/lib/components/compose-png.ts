/**
 * Small multiples as one picture: the panels' canvases drawn on a white sheet
 * in a grid, each under its title, for the PNG download.
 */
const TITLE = 28;
const GAP = 16;

export function composeCanvases(
	panels: readonly (readonly [string, HTMLCanvasElement])[],
	columns: number
): HTMLCanvasElement {
	const sheet = document.createElement('canvas');
	const w = Math.max(1, ...panels.map(([, c]) => c.width));
	const h = Math.max(1, ...panels.map(([, c]) => c.height));
	const cols = Math.max(1, Math.min(columns, panels.length));
	const rows = Math.ceil(panels.length / cols);
	sheet.width = cols * w + (cols - 1) * GAP;
	sheet.height = rows * (h + TITLE) + (rows - 1) * GAP;
	const ctx = sheet.getContext('2d');
	if (!ctx) return sheet;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, sheet.width, sheet.height);
	ctx.fillStyle = '#1b1b1b';
	ctx.font = '600 18px system-ui, sans-serif';
	panels.forEach(([title, canvas], i) => {
		const x = (i % cols) * (w + GAP);
		const y = Math.floor(i / cols) * (h + TITLE + GAP);
		ctx.fillText(title, x, y + 20);
		ctx.drawImage(canvas, x, y + TITLE);
	});
	return sheet;
}
