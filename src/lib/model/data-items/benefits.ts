/** Data items first needed by the benefit-application scenario; reuse an existing id from another file rather than adding a twin.
 * fingerprints, photo and criminalHistory are defined in local-arrest.ts. */
import type { DataCategory } from '../types';

export const benefitsDataItems = {
	// identity
	placeOfBirth: { category: 'identity' },
	otherNames: { category: 'identity' },
	socialMediaHandles: { category: 'identity' },
	householdMembers: { category: 'identity' },
	// identifiers
	receiptNumber: { category: 'identifiers' },
	sevisId: { category: 'identifiers' },
	naturalizationCertificateNumber: { category: 'identifiers' },
	medicaidId: { category: 'identifiers' },
	// contact
	lastKnownAddress: { category: 'contact' },
	// biometrics
	signature: { category: 'biometrics' },
	biometricMatch: { category: 'biometrics' },
	// immigration
	entryDetails: { category: 'immigration' },
	immigrationStatus: { category: 'immigration' },
	asylumClaim: { category: 'immigration' },
	benefitUseAnswers: { category: 'immigration' },
	saveExtraDetails: { category: 'immigration' },
	// employment
	householdIncome: { category: 'employment' },
	// documents
	formAnswers: { category: 'documents' },
	aFileContents: { category: 'documents' },
	cardData: { category: 'documents' },
	noticeToAppear: { category: 'documents' },
	// case
	identityQuery: { category: 'case' },
	backgroundCheckResults: { category: 'case' },
	fraudReviewFile: { category: 'case' },
	enforcementReferral: { category: 'case' },
	investigationData: { category: 'case' },
	interviewNotes: { category: 'case' },
	uscisDecision: { category: 'case' },
	benefitRequested: { category: 'case' },
	saveResponse: { category: 'case' },
	eligibilityFlags: { category: 'case' },
	saveCaseNumber: { category: 'case' },
	benefitDecision: { category: 'case' },
	medicaidApplication: { category: 'case' },
	medicaidEnrollment: { category: 'case' },
	snapRecords: { category: 'case' },
	iceTaxRequest: { category: 'case' },
	// complaint
	abuserInformation: { category: 'complaint' }
} as const satisfies Record<string, { category: DataCategory }>;
