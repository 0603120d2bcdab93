/**
 * Every data move in "My employer runs E-Verify", one per row of the dossier's data-flow tables
 * (shared/content/e-verify.md). Where a row is a chain ("A → B → C") it is split into its moves.
 * Words (basis, retention): `transfers.<id>` in locales/<lang>/e-verify.json.
 */
import type { ScenarioTransfer } from '../types';

// --- jobOffer ---

/** The dossier row says no personal data moves yet; the item `notices` says so honestly. */
export const noticesToYou = {
	id: 'noticesToYou',
	data: ['notices'],
	from: 'employer',
	to: 'you',
	certainty: 'documented',
	sources: ['EV-05', 'EV-35']
} satisfies ScenarioTransfer;

// --- selfCheck ---

/** The SSN is optional here (the dossier: "SSN if you choose"); the step text says so. */
export const quizDataToIdentityCompany = {
	id: 'quizDataToIdentityCompany',
	data: ['name', 'dateOfBirth', 'address', 'ssn', 'quizAnswers'],
	from: 'you',
	to: 'identityCompany',
	certainty: 'documented',
	sources: ['EV-21', 'EV-28'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const quizResultToMyEVerify = {
	id: 'quizResultToMyEVerify',
	data: ['quizResult'],
	from: 'identityCompany',
	to: 'myEVerify',
	certainty: 'documented',
	sources: ['EV-21'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier chain "you → Self Check → SSA and DHS records", split into three moves. */
export const selfCheckToMyEVerify = {
	id: 'selfCheckToMyEVerify',
	data: ['ssn', 'aNumber', 'documentDetails', 'i94Number', 'statusAttestation'],
	from: 'you',
	to: 'myEVerify',
	certainty: 'documented',
	sources: ['EV-26', 'EV-28', 'EV-11'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const selfCheckToSsa = {
	id: 'selfCheckToSsa',
	data: ['ssn', 'statusAttestation'],
	from: 'myEVerify',
	to: 'ssa',
	certainty: 'documented',
	sources: ['EV-26', 'EV-28', 'EV-11'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const selfCheckToDhsRecords = {
	id: 'selfCheckToDhsRecords',
	data: ['aNumber', 'documentDetails', 'i94Number', 'statusAttestation'],
	from: 'myEVerify',
	to: 'dhsRecords',
	certainty: 'documented',
	sources: ['EV-26', 'EV-28', 'EV-11'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const selfCheckResultToYou = {
	id: 'selfCheckResultToYou',
	data: ['selfCheckResult'],
	from: 'myEVerify',
	to: 'you',
	certainty: 'documented',
	sources: ['EV-21', 'EV-26'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const selfLockToMyEVerify = {
	id: 'selfLockToMyEVerify',
	data: ['ssn', 'dateOfBirth', 'selfLockQuestions'],
	from: 'you',
	to: 'myEVerify',
	certainty: 'documented',
	sources: ['EV-22', 'EV-57']
} satisfies ScenarioTransfer;

// --- i9Section1 ---

export const i9Section1ToEmployer = {
	id: 'i9Section1ToEmployer',
	data: [
		'name',
		'otherLastNames',
		'address',
		'dateOfBirth',
		'ssn',
		'email',
		'phone',
		'statusAttestation',
		'aNumber',
		'i94Number',
		'foreignPassportNumber'
	],
	from: 'you',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-42', 'EV-59', 'EV-60', 'EV-39']
} satisfies ScenarioTransfer;

// --- i9Section2 ---

export const documentDetailsToEmployer = {
	id: 'documentDetailsToEmployer',
	data: ['documentDetails'],
	from: 'you',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-39', 'EV-43']
} satisfies ScenarioTransfer;

export const documentCopiesToEmployer = {
	id: 'documentCopiesToEmployer',
	data: ['documentCopies'],
	from: 'you',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-10']
} satisfies ScenarioTransfer;

// --- caseCreated ---

/** The email the dossier lists here moves in `emailToEVerify`, so it is not counted twice. */
export const caseToEVerify = {
	id: 'caseToEVerify',
	data: [
		'name',
		'dateOfBirth',
		'ssn',
		'statusAttestation',
		'aNumber',
		'i94Number',
		'foreignPassportNumber',
		'documentDetails',
		'hireDate'
	],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-24', 'EV-34', 'EV-35', 'EV-43', 'EV-11', 'EV-12']
} satisfies ScenarioTransfer;

/** Dossier row "email: you (via I-9) → employer, later E-Verify": the first leg is in i9Section1ToEmployer; this is the second, at the step where it happens. */
export const emailToEVerify = {
	id: 'emailToEVerify',
	data: ['email'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-29', 'EV-11']
} satisfies ScenarioTransfer;

/** SSA checks these against the Numident; the Numident itself only changes at contactSsa. */
export const eVerifyToSsa = {
	id: 'eVerifyToSsa',
	data: ['ssn', 'name', 'dateOfBirth', 'statusAttestation'],
	from: 'eVerify',
	to: 'ssa',
	certainty: 'documented',
	sources: ['EV-31', 'EV-33', 'EV-34'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const ssaCodeToEVerify = {
	id: 'ssaCodeToEVerify',
	data: ['verificationCode'],
	from: 'ssa',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-31'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const eVerifyToDhsRecords = {
	id: 'eVerifyToDhsRecords',
	data: ['aNumber', 'i94Number', 'foreignPassportNumber', 'documentDetails'],
	from: 'eVerify',
	to: 'dhsRecords',
	certainty: 'documented',
	sources: ['EV-25', 'EV-06'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const rideToStateDmv = {
	id: 'rideToStateDmv',
	data: ['documentDetails'],
	from: 'eVerify',
	to: 'stateDmv',
	certainty: 'documented',
	sources: ['EV-30'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const passportToPassportRecords = {
	id: 'passportToPassportRecords',
	data: ['documentDetails'],
	from: 'eVerify',
	to: 'passportRecords',
	certainty: 'documented',
	sources: ['EV-06'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Also the last leg of the "SSA/DHS → E-Verify → employer" chains at the contact steps. */
export const caseResultToEmployer = {
	id: 'caseResultToEmployer',
	data: ['caseResult'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-01', 'EV-11']
} satisfies ScenarioTransfer;

// --- photoMatch ---

export const photoToEmployer = {
	id: 'photoToEmployer',
	data: ['governmentPhoto'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-10', 'EV-23', 'EV-25'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const photoAnswerToEVerify = {
	id: 'photoAnswerToEVerify',
	data: ['photoMatchAnswer'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-10', 'EV-11']
} satisfies ScenarioTransfer;

export const documentCopiesToEVerify = {
	id: 'documentCopiesToEVerify',
	data: ['documentCopies'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-10'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- needsMoreTime ---

export const caseToManualReview = {
	id: 'caseToManualReview',
	data: ['caseRecord'],
	from: 'eVerify',
	to: 'uscisVerification',
	certainty: 'documented',
	sources: ['EV-01', 'EV-08', 'EV-11']
} satisfies ScenarioTransfer;

// --- employmentAuthorized ---

export const caseNumberToEmployer = {
	id: 'caseNumberToEmployer',
	data: ['caseNumber'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-03', 'EV-39']
} satisfies ScenarioTransfer;

// --- mismatchNotice ---

/** Dossier chain "E-Verify → employer → you" split in two. */
export const noticeToEmployer = {
	id: 'noticeToEmployer',
	data: ['furtherActionNotice', 'name', 'dateOfBirth', 'ssn'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-14', 'EV-06']
} satisfies ScenarioTransfer;

export const noticeToYou = {
	id: 'noticeToYou',
	data: ['furtherActionNotice', 'name', 'dateOfBirth', 'ssn'],
	from: 'employer',
	to: 'you',
	certainty: 'documented',
	sources: ['EV-14', 'EV-09']
} satisfies ScenarioTransfer;

/** Dossier chain "you → employer → E-Verify" split in two. */
export const decisionToEmployer = {
	id: 'decisionToEmployer',
	data: ['actionDecision'],
	from: 'you',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-07', 'EV-11']
} satisfies ScenarioTransfer;

export const decisionToEVerify = {
	id: 'decisionToEVerify',
	data: ['actionDecision'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-07', 'EV-11']
} satisfies ScenarioTransfer;

/** The dossier lists this email at both caseCreated and mismatchNotice; it is one move, shown where the mismatch is. */
export const mismatchEmailToYou = {
	id: 'mismatchEmailToYou',
	data: ['caseResult'],
	from: 'eVerify',
	to: 'you',
	certainty: 'documented',
	sources: ['EV-29', 'EV-64'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- referral ---

/** Dossier "From: Employer/E-Verify": the employer hands it to you. */
export const referralDateToYou = {
	id: 'referralDateToYou',
	data: ['referralDeadline'],
	from: 'employer',
	to: 'you',
	certainty: 'documented',
	sources: ['EV-07', 'EV-34'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- contactSsa ---

/** Dossier row "E-Verify → SSA and/or DHS": split by agency and shown at the contact step for that agency. */
export const caseReferredToSsa = {
	id: 'caseReferredToSsa',
	data: ['caseRecord'],
	from: 'eVerify',
	to: 'ssa',
	certainty: 'documented',
	sources: ['EV-01', 'EV-11']
} satisfies ScenarioTransfer;

// --- contactDhs ---

export const caseReferredToDhs = {
	id: 'caseReferredToDhs',
	data: ['caseRecord'],
	from: 'eVerify',
	to: 'uscisVerification',
	certainty: 'documented',
	sources: ['EV-01', 'EV-11']
} satisfies ScenarioTransfer;

// --- contactSsa ---

/** Dossier chain "you → SSA field office → Numident" split in two. */
export const documentsToSsaOffice = {
	id: 'documentsToSsaOffice',
	data: ['furtherActionNotice', 'correctionDocuments'],
	from: 'you',
	to: 'ssaFieldOffice',
	certainty: 'documented',
	sources: ['EV-32', 'EV-33'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const correctedRecordToNumident = {
	id: 'correctedRecordToNumident',
	data: ['correctedRecord'],
	from: 'ssaFieldOffice',
	to: 'numident',
	certainty: 'documented',
	sources: ['EV-32', 'EV-33'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Reported: the back-end ("EV-STAR") is named only in a 2009 AILA record. */
export const ssaResultToEVerify = {
	id: 'ssaResultToEVerify',
	data: ['caseResult'],
	from: 'ssa',
	to: 'eVerify',
	certainty: 'reported',
	sources: ['EV-53', 'EV-11']
} satisfies ScenarioTransfer;

// --- contactDhs ---

export const callDataToDhs = {
	id: 'callDataToDhs',
	data: ['caseNumber', 'aNumber', 'documentDetails'],
	from: 'you',
	to: 'uscisVerification',
	certainty: 'documented',
	sources: ['EV-16', 'EV-11']
} satisfies ScenarioTransfer;

export const dhsResultToEVerify = {
	id: 'dhsResultToEVerify',
	data: ['caseResult'],
	from: 'uscisVerification',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-01']
} satisfies ScenarioTransfer;

// --- caseInContinuance ---

/** Dossier "SSA/DHS → E-Verify → employer": the agency leg depends on the path, so only the leg every path shares is shown. */
export const continuanceUpdatesToEmployer = {
	id: 'continuanceUpdatesToEmployer',
	data: ['caseResult'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-02', 'EV-11']
} satisfies ScenarioTransfer;

// --- noAction ---

export const noActionClosureToEVerify = {
	id: 'noActionClosureToEVerify',
	data: ['closureStatement'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-03', 'EV-11']
} satisfies ScenarioTransfer;

// --- finalNonconfirmation ---

/** Dossier "SSA/DHS → E-Verify → employer": after a missed deadline no agency is involved, so only the E-Verify leg. */
export const finalResultToEmployer = {
	id: 'finalResultToEmployer',
	data: ['caseResult'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-04', 'EV-55', 'EV-11']
} satisfies ScenarioTransfer;

export const finalClosureToEVerify = {
	id: 'finalClosureToEVerify',
	data: ['closureStatement'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-03', 'EV-13']
} satisfies ScenarioTransfer;

// --- statusChangeReport ---

/** Dossier "From: DHS/USCIS": the report comes out of E-Verify. */
export const statusChangeReportToEmployer = {
	id: 'statusChangeReportToEmployer',
	data: ['revokedEadList', 'caseNumber', 'aNumber'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-17', 'EV-47']
} satisfies ScenarioTransfer;

/** Reported: the re-check on Supplement B is described only by a secondary source (EV-45). */
export const supplementBToEmployer = {
	id: 'supplementBToEmployer',
	data: ['documentDetails'],
	from: 'you',
	to: 'employer',
	certainty: 'reported',
	sources: ['EV-45', 'EV-39']
} satisfies ScenarioTransfer;

// --- whoCanSeeRecords ---

/** Reported: only law-firm sources describe this monitoring and its "CTMS" system. */
export const usageToMonitoring = {
	id: 'usageToMonitoring',
	data: ['usagePatterns', 'caseRecord'],
	from: 'eVerify',
	to: 'monitoringCompliance',
	certainty: 'reported',
	sources: ['EV-62', 'EV-38', 'EV-11'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Possible: USCIS says misuse "may" be referred; the SORN routine-use text was not read. */
export const referralToIce = {
	id: 'referralToIce',
	data: ['employerReferral'],
	from: 'monitoringCompliance',
	to: 'ice',
	certainty: 'possible',
	sources: ['EV-37', 'EV-38', 'EV-58'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

export const referralToIer = {
	id: 'referralToIer',
	data: ['employerReferral'],
	from: 'monitoringCompliance',
	to: 'ier',
	certainty: 'possible',
	sources: ['EV-37', 'EV-38', 'EV-58'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

/** Possible: it happens only if ICE serves a Notice of Inspection. Dossier row "→ ICE, IER, DOL" split by agency. */
export const inspectionToIce = {
	id: 'inspectionToIce',
	data: ['i9Form', 'documentCopies', 'employmentRecords'],
	from: 'employer',
	to: 'ice',
	certainty: 'possible',
	sources: ['EV-52', 'EV-39']
} satisfies ScenarioTransfer;

export const inspectionToIer = {
	id: 'inspectionToIer',
	data: ['i9Form', 'documentCopies'],
	from: 'employer',
	to: 'ier',
	certainty: 'possible',
	sources: ['EV-52', 'EV-39']
} satisfies ScenarioTransfer;

export const inspectionToDol = {
	id: 'inspectionToDol',
	data: ['i9Form', 'documentCopies'],
	from: 'employer',
	to: 'dol',
	certainty: 'possible',
	sources: ['EV-52', 'EV-39']
} satisfies ScenarioTransfer;

/** Possible: the employer may download this report; it is not required. Also covers the dossier row "case record stays in E-Verify" at employmentAuthorized. */
export const historicRecordsToEmployer = {
	id: 'historicRecordsToEmployer',
	data: ['name', 'caseNumber', 'caseResult', 'closureStatement'],
	from: 'eVerify',
	to: 'employer',
	certainty: 'possible',
	sources: ['EV-11']
} satisfies ScenarioTransfer;

// --- reportProblem ---

/** Dossier row "you → DOJ IER (and/or DHS E-Verify)" split by agency. */
export const complaintToIer = {
	id: 'complaintToIer',
	data: ['complaintDetails', 'name', 'phone', 'email'],
	from: 'you',
	to: 'ier',
	certainty: 'documented',
	sources: ['EV-40', 'EV-61'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Reported: only an older law-firm explainer (EV-65) says this line takes misuse reports. */
export const complaintToDhs = {
	id: 'complaintToDhs',
	data: ['complaintDetails', 'name', 'phone', 'email'],
	from: 'you',
	to: 'uscisVerification',
	certainty: 'reported',
	sources: ['EV-16', 'EV-65'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;
