/**
 * The test object every browser test uses: it records Content-Security-Policy violations in
 * every page and fails the test if there was any, so the policy is enforced, not just present.
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ cspGuard: void }>({
	cspGuard: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
				violations.push(text);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportCspViolation: (t: string) => void })
						.__reportCspViolation;
					void report(`${event.effectiveDirective} blocked ${event.blockedURI} on ${location.href}`);
				});
			});
			await use();
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
