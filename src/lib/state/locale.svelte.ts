/** Bumps when English fallback words arrive for a missing key, so text re-renders. */
export const fallbackWords = $state({ version: 0 });

/** Call from a translator's `onFallback`. */
export function fallbackArrived(): void {
	fallbackWords.version += 1;
}
