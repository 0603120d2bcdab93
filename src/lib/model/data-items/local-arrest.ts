/** Data items first needed by the local-arrest scenario; reuse an existing id from another file rather than adding a twin. */
import type { DataCategory } from '../types';

export const localArrestDataItems = {
	// identity
	sex: { category: 'identity' },
	physicalDescription: { category: 'identity' },
	// identifiers
	driversLicenseNumber: { category: 'identifiers' },
	licensePlate: { category: 'identifiers' },
	fbiNumber: { category: 'identifiers' },
	stateIdNumber: { category: 'identifiers' },
	courtCaseNumber: { category: 'identifiers' },
	// biometrics
	fingerprints: { category: 'biometrics' },
	photo: { category: 'biometrics' },
	// immigration
	nationality: { category: 'immigration' },
	immigrationRecord: { category: 'immigration' },
	interviewAnswers: { category: 'immigration' },
	immigrationAlienResponse: { category: 'immigration' },
	// employment
	employerName: { category: 'employment' },
	// documents
	detainer: { category: 'documents' },
	iceWarrant: { category: 'documents' },
	// case
	charges: { category: 'case' },
	arrestRecord: { category: 'case' },
	custodyStatus: { category: 'case' },
	encounterDetails: { category: 'case' },
	faceScanResult: { category: 'case' },
	criminalHistory: { category: 'case' },
	fingerprintMatch: { category: 'case' },
	bookingRecord: { category: 'case' },
	courtRecord: { category: 'case' },
	courtOutcome: { category: 'case' },
	immigrationAdvice: { category: 'case' },
	releaseDate: { category: 'case' },
	custodyTransfer: { category: 'case' },
	probationAppointment: { category: 'case' },
	iceCaseRecord: { category: 'case' }
} as const satisfies Record<string, { category: DataCategory }>;
