import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translatorContext } from '$lib/i18n/context';
import { sourcesContext } from './source-context';
import { sourcesById } from '$lib/model/sources';
import { loadBundleFromDisk } from '$lib/i18n/node-bundles';
import { createTranslator } from '$lib/i18n/translator';
import type { Transfer } from '$lib/model/types';
import TransferCard from './TransferCard.svelte';

const tr = await createTranslator('en', ['common', 'model', 'e-verify'], loadBundleFromDisk);
const context = new Map([...translatorContext(() => tr), ...sourcesContext(() => sourcesById)]);

const transfer: Transfer = {
	id: 'test',
	data: ['ssn', 'dateOfBirth'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'reported',
	sources: ['EV-24', 'EV-11'],
	unverified: ['retention']
};

describe('TransferCard', () => {
	it('shows what moves, from whom to whom, and the certainty in words', () => {
		render(TransferCard, { props: { transfer, namespace: 'e-verify' }, context });
		expect(screen.getByText(tr.t('model:dataItems.ssn'))).toBeTruthy();
		expect(screen.getByText(`From ${tr.t('model:parties.employer.name')} to ${tr.t('model:parties.eVerify.name')}`)).toBeTruthy();
		expect(screen.getByText('Reported')).toBeTruthy();
		expect(document.querySelector('.transfer.reported')).not.toBeNull();
	});

	it('opens why, how long and the dated sources, and marks the unverified retention', async () => {
		const user = userEvent.setup();
		render(TransferCard, { props: { transfer, namespace: 'e-verify' }, context });
		await user.click(screen.getByText('Sources (2)'));
		const link = screen.getByRole('link', { name: /Privacy Impact Assessment for the E-Verify Program/ });
		expect(link.getAttribute('href')).toMatch(/^https:/);
		expect(screen.getByText(/May 4, 2010/)).toBeTruthy();
		expect(screen.getAllByText('Not confirmed')).toHaveLength(1);
	});
});
