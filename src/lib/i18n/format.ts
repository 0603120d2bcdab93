/** Locale-aware formatting of the dates the model stores as partial ISO strings. */

/**
 * Formats `2019-06-18`, `2014-09` or `2025` for `lang`, keeping only the precision the source
 * gives; null (an undated source) gives null so the caller can say "no date".
 */
export function formatIsoDate(iso: string | null, lang: string): string | null {
	if (!iso) return null;
	const [year, month, day] = iso.split('-').map(Number);
	if (!year) return null;
	const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions = day
		? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
		: month
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(lang, options).format(date);
}
