/** A standalone SVG document drawn to a PNG (twice the size, for sharp print), in the browser. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob | null> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise((done) => canvas.toBlob(done, 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
