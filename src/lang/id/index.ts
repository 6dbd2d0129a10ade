import type { LanguageData } from '../types.js';
import { dates } from './dates.js';
import { outlets } from './outlets.js';
import { boilerplate } from './boilerplate.js';
import { abbreviations } from './abbreviations.js';
import { markers } from './markers.js';
import { organisations } from './organisations.js';
import { speech } from './speech.js';

/** Everything warta knows about this language (code `ind`). */
export const language: LanguageData = {
  code: 'ind',
  boilerplate,
  abbreviations,
  dates,
  outlets,
  markers,
  organisations,
  speech,
};
