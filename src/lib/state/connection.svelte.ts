/** Whether the browser thinks it is online, kept current from its events. */
export class Connection {
	online = $state(true);

	/** Starts listening; returns the function that stops it. */
	watch(): () => void {
		const update = () => {
			this.online = navigator.onLine;
		};
		update();
		addEventListener('online', update);
		addEventListener('offline', update);
		return () => {
			removeEventListener('online', update);
			removeEventListener('offline', update);
		};
	}
}
