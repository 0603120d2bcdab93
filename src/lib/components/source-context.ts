/** Hands a page's citations to the components that show them (claim notes, source lists). */
import { getContext, setContext } from 'svelte';
import type { Source } from '$lib/model/types';

const key = Symbol('sources');

/** Makes `get` the citations for every component below the caller. */
export function provideSources(get: () => ReadonlyMap<string, Source>): void {
	setContext(key, get);
}

/** The page's citations by id; an empty map when none were provided. */
export function useSources(): () => ReadonlyMap<string, Source> {
	return getContext<(() => ReadonlyMap<string, Source>) | undefined>(key) ?? (() => new Map());
}

/** The context map that provides `get`, for rendering a component on its own (tests). */
export function sourcesContext(get: () => ReadonlyMap<string, Source>): Map<symbol, unknown> {
	return new Map([[key, get]]);
}
