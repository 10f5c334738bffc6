/**
 * The profile below the one-page brief, section by section: each section
 * lists the charts that have data for this state (a builder returns null when
 * the state's file has nothing to draw).
 */
import type { FigureSpec, ProfileContext } from './figure';
import { deathTrendFigure, nycFigure, otherDrugsFigure, rateFigure } from './figures-deaths';
import { longRunFigure, wonderFigure } from './figures-history';
import { edRateFigure, edShareFigure } from './figures-nonfatal';
import { dispensingFigure, labReportsFigure, seizureFigure } from './figures-response';

export interface Section {
	id: string;
	title: string;
	intro: string;
	figures: FigureSpec[];
}

const present = (figures: (FigureSpec | null)[]) =>
	figures.filter((f): f is FigureSpec => f !== null);

/** The two charts printed on the brief. */
export function briefFigures(ctx: ProfileContext): FigureSpec[] {
	return [
		deathTrendFigure(ctx, 'deaths.all-drugs'),
		deathTrendFigure(ctx, 'deaths.synthetic-opioids')
	];
}

export function sectionsOf(ctx: ProfileContext): Section[] {
	const state = ctx.places[0]!.name;
	const sections: Section[] = [
		{
			id: 'deaths',
			title: 'Deaths',
			intro: `How many people in ${state} died of an overdose, per 100,000 people beside the division and the US, which drugs were involved, and by month of death.`,
			figures: present([
				rateFigure(ctx, 'deaths.all-drugs'),
				rateFigure(ctx, 'deaths.synthetic-opioids'),
				nycFigure(ctx),
				otherDrugsFigure(ctx),
				wonderFigure(ctx),
				longRunFigure(ctx)
			])
		},
		{
			id: 'nonfatal',
			title: 'Overdoses people survived',
			intro:
				'Emergency department visits for overdoses that were not fatal, where the state shares its data with CDC.',
			figures: present([edShareFigure(ctx), edRateFigure(ctx)])
		},
		{
			id: 'response',
			title: 'Treatment and naloxone',
			intro:
				'Prescriptions filled for naloxone, which reverses an opioid overdose, and for buprenorphine, which treats opioid use disorder.',
			figures: present([dispensingFigure(ctx, 'naloxone'), dispensingFigure(ctx, 'buprenorphine')])
		},
		{
			id: 'supply',
			title: 'The drug supply',
			intro:
				'What forensic labs find in seized drugs, and for border states, what CBP seizes in the areas that cover the state.',
			figures: present([labReportsFigure(ctx), seizureFigure(ctx)])
		}
	];
	return sections.filter((s) => s.figures.length);
}
