// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The answers (event types) that led to the current step, kept in the tab's history only. */
			walk?: string[];
		}
	}
}

export {};
