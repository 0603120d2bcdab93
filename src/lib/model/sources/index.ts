/** Every citation the app shows, from every dossier file, by id. */
import type { Source } from '../types';
import { benefitsSources } from './benefits';
import { eVerifySources } from './e-verify';
import { localArrestSources } from './local-arrest';

export const sources: readonly Source[] = [...eVerifySources, ...localArrestSources, ...benefitsSources];

/** Sources by id; the model integrity test proves ids are unique. */
export const sourcesById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));
