// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The answers (event types) that led to the current step, kept in the tab's history only. */
			walk?: string[];
			/** How many history entries this walk has pushed in this tab (for Back and quick exit). */
			depth?: number;
			/** The walk began from a link to a step, so its start was rebuilt along the shortest path. */
			rebuilt?: boolean;
		}
	}
}

export {};
