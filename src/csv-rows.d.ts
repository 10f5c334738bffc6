// data/regions.csv?jurisdictions: the file's rows, read at build time (vite.config.ts)
declare module '*.csv?jurisdictions' {
	const rows: import('$lib/domain/geo').Jurisdiction[];
	export default rows;
}
