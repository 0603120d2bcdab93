/**
 * Quick exit: leave at once to a neutral page and take the walk out of this tab's history.
 * Steps are history entries; going back over them first means the Back button cannot return to
 * them, and `location.replace` then swaps the remaining entry for the neutral page.
 */
export const neutralPage = '/exit/';

export function quickExit(walkEntries: number): void {
	if (walkEntries <= 0) {
		location.replace(neutralPage);
		return;
	}
	let left = false;
	const leave = () => {
		if (left) return;
		left = true;
		location.replace(neutralPage);
	};
	addEventListener('popstate', leave, { once: true });
	history.go(-walkEntries);
	// Only for a browser that ignores history.go: a slow phone can take a while to go back, and
	// leaving before it has would keep the walk in history, so wait long before giving up.
	setTimeout(leave, 2000);
}
