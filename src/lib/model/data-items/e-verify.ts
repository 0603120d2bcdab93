/** Data items of the E-Verify scenario (and shared ones: name, dateOfBirth, ssn, aNumber …). */
import type { DataCategory } from '../types';

export const eVerifyDataItems = {
	// identity
	name: { category: 'identity' },
	otherLastNames: { category: 'identity' },
	dateOfBirth: { category: 'identity' },
	quizAnswers: { category: 'identity' },
	selfLockQuestions: { category: 'identity' },
	correctedRecord: { category: 'identity' },
	// identifiers
	ssn: { category: 'identifiers' },
	aNumber: { category: 'identifiers' },
	i94Number: { category: 'identifiers' },
	foreignPassportNumber: { category: 'identifiers' },
	// contact
	address: { category: 'contact' },
	email: { category: 'contact' },
	phone: { category: 'contact' },
	// biometrics
	governmentPhoto: { category: 'biometrics' },
	// immigration
	statusAttestation: { category: 'immigration' },
	revokedEadList: { category: 'immigration' },
	// employment
	hireDate: { category: 'employment' },
	employmentRecords: { category: 'employment' },
	// documents
	notices: { category: 'documents' },
	i9Form: { category: 'documents' },
	documentDetails: { category: 'documents' },
	documentCopies: { category: 'documents' },
	correctionDocuments: { category: 'documents' },
	furtherActionNotice: { category: 'documents' },
	// case
	caseNumber: { category: 'case' },
	caseRecord: { category: 'case' },
	caseResult: { category: 'case' },
	verificationCode: { category: 'case' },
	photoMatchAnswer: { category: 'case' },
	actionDecision: { category: 'case' },
	referralDeadline: { category: 'case' },
	closureStatement: { category: 'case' },
	quizResult: { category: 'case' },
	selfCheckResult: { category: 'case' },
	usagePatterns: { category: 'case' },
	// complaint
	employerReferral: { category: 'complaint' },
	complaintDetails: { category: 'complaint' }
} as const satisfies Record<string, { category: DataCategory }>;
