import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import LanguagePicker from './LanguagePicker.svelte';

const options = [
	{ code: 'en', native: 'English', href: '/en/scenarios/e-verify/#referral' },
	{ code: 'es', native: 'Español', href: '/es/scenarios/e-verify/#referral' }
];

describe('LanguagePicker', () => {
	it('shows each language by its own name, marks the current one, and links to the same place', () => {
		render(LanguagePicker, { props: { label: 'Language', current: 'es', options } });
		const spanish = screen.getByRole('link', { name: 'Español' });
		expect(spanish.getAttribute('aria-current')).toBe('true');
		expect(spanish.getAttribute('lang')).toBe('es');
		expect(spanish.getAttribute('href')).toBe('/es/scenarios/e-verify/#referral');
		expect(screen.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBeNull();
		expect(screen.getByRole('navigation', { name: 'Language' })).toBeTruthy();
	});

	it('hands the choice to the page so it can keep the walk', async () => {
		const user = userEvent.setup();
		const onpick = vi.fn();
		render(LanguagePicker, { props: { label: 'Language', current: 'en', options, onpick } });
		await user.click(screen.getByRole('link', { name: 'Español' }));
		expect(onpick).toHaveBeenCalledWith('/es/scenarios/e-verify/#referral');
	});
});
