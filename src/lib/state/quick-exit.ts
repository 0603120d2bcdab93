/**
 * Quick exit: leave at once to a neutral page and take the walk out of this tab's history.
 * Steps are history entries; going back over them first means the Back button cannot return to
 * them, and `location.replace` then swaps the remaining entry for the neutral page.
 */
export const neutralPage = '/exit/';

export function quickExit(walkEntries: number): void {
	if (walkEntries > 0) {
		addEventListener('popstate', () => location.replace(neutralPage), { once: true });
		history.go(-walkEntries);
		// Some browsers ignore history.go while the page is being unloaded or hidden.
		setTimeout(() => location.replace(neutralPage), 300);
	} else {
		location.replace(neutralPage);
	}
}
