/**
 * Every data move in "Applying for a benefit", one per row of the dossier's data-flow tables
 * (shared/content/benefits.md). Where a row is a chain ("A → B → C") or names several receivers,
 * it is split into its moves. Rows the dossier marks "Blocked" are not moves: the step text tells them.
 * Words (basis, retention): `transfers.<id>` in locales/<lang>/benefits.json.
 */
import type { ScenarioTransfer } from '../types';

// --- fillForm ---

/** Dossier "You (or your lawyer)": a lawyer who files for you sends the same data. */
export const formToUscis = {
	id: 'formToUscis',
	data: [
		'name',
		'otherNames',
		'aNumber',
		'receiptNumber',
		'dateOfBirth',
		'placeOfBirth',
		'entryDetails',
		'ssn',
		'formAnswers'
	],
	from: 'you',
	to: 'uscis',
	certainty: 'documented',
	sources: ['BN-10', 'BN-77', 'BN-11']
} satisfies ScenarioTransfer;

/**
 * Possible: the questions were still in the approval process in late 2025; whether each form asks
 * them is not confirmed.
 */
export const socialMediaToUscis = {
	id: 'socialMediaToUscis',
	data: ['socialMediaHandles'],
	from: 'you',
	to: 'uscis',
	certainty: 'possible',
	sources: ['BN-17'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- survivorConfidentiality ---

/**
 * Possible: it moves only if the abuser contacts DHS. The dossier's other row here (case data
 * blocked to outsiders) is a block, not a move, so it is told in the step text.
 */
export const abuserInfoToUscis = {
	id: 'abuserInfoToUscis',
	data: ['abuserInformation'],
	from: 'abuser',
	to: 'uscis',
	certainty: 'possible',
	sources: ['BN-24', 'BN-25'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- asylumConfidentiality ---

/**
 * Possible: only officials with a need. The dossier's other row (blocked to outsiders such as
 * foreign governments) is a block, told in the step text.
 */
export const asylumInfoToOfficials = {
	id: 'asylumInfoToOfficials',
	data: ['asylumClaim'],
	from: 'uscis',
	to: 'governmentOfficials',
	certainty: 'possible',
	sources: ['BN-28', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

// --- dacaInformationUse ---

export const dacaRequestToUscis = {
	id: 'dacaRequestToUscis',
	data: ['address', 'formAnswers', 'fingerprints', 'photo'],
	from: 'you',
	to: 'uscis',
	certainty: 'documented',
	sources: ['BN-19', 'BN-10']
} satisfies ScenarioTransfer;

/**
 * Possible: only if the case meets the Notice to Appear rules. Dossier row "→ ICE/CBP" split by
 * agency.
 */
export const dacaReferralToIce = {
	id: 'dacaReferralToIce',
	data: ['address', 'formAnswers', 'fingerprints', 'photo'],
	from: 'uscis',
	to: 'ice',
	certainty: 'possible',
	sources: ['BN-20', 'BN-23'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const dacaReferralToCbp = {
	id: 'dacaReferralToCbp',
	data: ['address', 'formAnswers', 'fingerprints', 'photo'],
	from: 'uscis',
	to: 'cbp',
	certainty: 'possible',
	sources: ['BN-20', 'BN-23'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Reported: records released in 2020 (NILC, ProPublica) show ICE can reach the same USCIS
 * databases.
 */
export const dacaDatabaseAccessIce = {
	id: 'dacaDatabaseAccessIce',
	data: ['address', 'formAnswers', 'fingerprints', 'photo'],
	from: 'uscis',
	to: 'ice',
	certainty: 'reported',
	sources: ['BN-21', 'BN-22'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- caseIntake ---

export const intakeToAFile = {
	id: 'intakeToAFile',
	data: ['formAnswers', 'receiptNumber', 'aNumber'],
	from: 'uscis',
	to: 'aFile',
	certainty: 'documented',
	sources: ['BN-10', 'BN-77', 'BN-11']
} satisfies ScenarioTransfer;

/**
 * Dossier "USCIS → ICE and CBP (shared system of records)": drawn from the shared A-file. Also
 * shown at caseDenied, where the dossier lists it again.
 */
export const aFileToIce = {
	id: 'aFileToIce',
	data: ['aFileContents'],
	from: 'aFile',
	to: 'ice',
	certainty: 'documented',
	sources: ['BN-10', 'BN-11']
} satisfies ScenarioTransfer;

export const aFileToCbp = {
	id: 'aFileToCbp',
	data: ['aFileContents'],
	from: 'aFile',
	to: 'cbp',
	certainty: 'documented',
	sources: ['BN-10', 'BN-11']
} satisfies ScenarioTransfer;

// --- biometricsAppointment ---

/** Dossier chain "You (at ASC) → USCIS CPMS" split in two. */
export const biometricsToAsc = {
	id: 'biometricsToAsc',
	data: ['fingerprints', 'photo', 'signature', 'name', 'dateOfBirth', 'aNumber'],
	from: 'you',
	to: 'asc',
	certainty: 'documented',
	sources: ['BN-01', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const ascToCpms = {
	id: 'ascToCpms',
	data: ['fingerprints', 'photo', 'signature', 'name', 'dateOfBirth', 'aNumber'],
	from: 'asc',
	to: 'cpms',
	certainty: 'documented',
	sources: ['BN-01', 'BN-02', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const fingerprintsToIdent = {
	id: 'fingerprintsToIdent',
	data: ['fingerprints'],
	from: 'cpms',
	to: 'ident',
	certainty: 'documented',
	sources: ['BN-03', 'BN-05', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** The FBI system's name (NGI) is unsourced in the dossier, so it is not named. */
export const cpmsToFbi = {
	id: 'cpmsToFbi',
	data: ['fingerprints', 'name', 'dateOfBirth'],
	from: 'cpms',
	to: 'fbi',
	certainty: 'documented',
	sources: ['BN-03', 'BN-01', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const cpmsToDod = {
	id: 'cpmsToDod',
	data: ['fingerprints', 'name', 'dateOfBirth'],
	from: 'cpms',
	to: 'dod',
	certainty: 'documented',
	sources: ['BN-03', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Merges the dossier's "a foreign partner" (row 3) with its Canada and Australia row (row 5): the
 * same move.
 */
export const cpmsToForeignPartners = {
	id: 'cpmsToForeignPartners',
	data: ['identityQuery'],
	from: 'cpms',
	to: 'foreignPartners',
	certainty: 'documented',
	sources: ['BN-04', 'BN-03'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const matchRecordsToIdent = {
	id: 'matchRecordsToIdent',
	data: ['biometricMatch'],
	from: 'cpms',
	to: 'ident',
	certainty: 'documented',
	sources: ['BN-03', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const cpmsToCardProduction = {
	id: 'cpmsToCardProduction',
	data: ['photo', 'signature', 'fingerprints'],
	from: 'cpms',
	to: 'cardProduction',
	certainty: 'documented',
	sources: ['BN-01']
} satisfies ScenarioTransfer;

/**
 * Not a row of the dossier's table: its step text says ICE and CBP can search CPMS (BN-03).
 * Possible: how often is unknown.
 */
export const cpmsSearchByIce = {
	id: 'cpmsSearchByIce',
	data: ['fingerprints', 'photo', 'name', 'dateOfBirth'],
	from: 'cpms',
	to: 'ice',
	certainty: 'possible',
	sources: ['BN-03'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

export const cpmsSearchByCbp = {
	id: 'cpmsSearchByCbp',
	data: ['fingerprints', 'photo', 'name', 'dateOfBirth'],
	from: 'cpms',
	to: 'cbp',
	certainty: 'possible',
	sources: ['BN-03'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

// --- backgroundChecks ---

/** The FBI fingerprint check and the FBI name check, in one move. */
export const checksToFbi = {
	id: 'checksToFbi',
	data: ['name', 'otherNames', 'dateOfBirth', 'fingerprints'],
	from: 'cpms',
	to: 'fbi',
	certainty: 'documented',
	sources: ['BN-07', 'BN-09', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** From a 2006 summary (BN-09) of how the checks were done; today's list is not confirmed. */
export const nameCheckToTecs = {
	id: 'nameCheckToTecs',
	data: ['name', 'dateOfBirth'],
	from: 'uscis',
	to: 'tecs',
	certainty: 'documented',
	sources: ['BN-09', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier row "FBI, TECS → USCIS (CPMS; case file)" split by sender. */
export const fbiResultsToCpms = {
	id: 'fbiResultsToCpms',
	data: ['backgroundCheckResults'],
	from: 'fbi',
	to: 'cpms',
	certainty: 'documented',
	sources: ['BN-04', 'BN-08']
} satisfies ScenarioTransfer;

export const tecsResultsToCpms = {
	id: 'tecsResultsToCpms',
	data: ['backgroundCheckResults'],
	from: 'tecs',
	to: 'cpms',
	certainty: 'documented',
	sources: ['BN-04', 'BN-08']
} satisfies ScenarioTransfer;

// --- fdnsReview ---

export const caseToFdns = {
	id: 'caseToFdns',
	data: ['fraudReviewFile'],
	from: 'uscis',
	to: 'fdns',
	certainty: 'documented',
	sources: ['BN-12', 'BN-13'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Dossier "Law enforcement agencies (e.g., ICE)": ICE shown on its own, other agencies together.
 * Possible: how often is unknown.
 */
export const fdnsReferralToIce = {
	id: 'fdnsReferralToIce',
	data: ['enforcementReferral'],
	from: 'fdns',
	to: 'ice',
	certainty: 'possible',
	sources: ['BN-12'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const fdnsReferralToLawEnforcement = {
	id: 'fdnsReferralToLawEnforcement',
	data: ['enforcementReferral'],
	from: 'fdns',
	to: 'lawEnforcement',
	certainty: 'possible',
	sources: ['BN-12'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Dossier "Prosecutors / DHS": USCIS is itself part of DHS, so only the prosecutors are drawn.
 * Possible: the rule allows it; how often is unknown.
 */
export const specialAgentsToProsecutors = {
	id: 'specialAgentsToProsecutors',
	data: ['investigationData'],
	from: 'uscisSpecialAgents',
	to: 'prosecutors',
	certainty: 'possible',
	sources: ['BN-16'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- interviewDecision ---

/** Dossier chain "You → USCIS → IDENT check" split in two. */
export const interviewBiometricsToUscis = {
	id: 'interviewBiometricsToUscis',
	data: ['fingerprints', 'photo'],
	from: 'you',
	to: 'uscis',
	certainty: 'documented',
	sources: ['BN-80', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const interviewBiometricsToIdent = {
	id: 'interviewBiometricsToIdent',
	data: ['fingerprints', 'photo'],
	from: 'uscis',
	to: 'ident',
	certainty: 'documented',
	sources: ['BN-80', 'BN-08'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const decisionToAFile = {
	id: 'decisionToAFile',
	data: ['interviewNotes', 'uscisDecision'],
	from: 'uscis',
	to: 'aFile',
	certainty: 'documented',
	sources: ['BN-10', 'BN-11']
} satisfies ScenarioTransfer;

// --- caseApproved ---

export const approvalToCardProduction = {
	id: 'approvalToCardProduction',
	data: ['immigrationStatus', 'cardData', 'photo'],
	from: 'uscis',
	to: 'cardProduction',
	certainty: 'documented',
	sources: ['BN-01', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

/**
 * Dossier "USCIS → later E-Verify and SAVE queries", split by system; each move waits for a check.
 */
export const statusToEVerify = {
	id: 'statusToEVerify',
	data: ['immigrationStatus'],
	from: 'uscis',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['BN-29', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

export const statusToSave = {
	id: 'statusToSave',
	data: ['immigrationStatus'],
	from: 'uscis',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-29', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

// --- caseDenied ---

export const denialToYou = {
	id: 'denialToYou',
	data: ['uscisDecision'],
	from: 'uscis',
	to: 'you',
	certainty: 'documented',
	sources: ['BN-14', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

/**
 * Possible: a Notice to Appear follows a denial only in the situations the memo lists. Dossier row
 * "USCIS → You; the immigration court" split.
 */
export const ntaToYou = {
	id: 'ntaToYou',
	data: ['noticeToAppear'],
	from: 'uscis',
	to: 'you',
	certainty: 'possible',
	sources: ['BN-14', 'BN-10']
} satisfies ScenarioTransfer;

export const ntaToEoir = {
	id: 'ntaToEoir',
	data: ['noticeToAppear'],
	from: 'uscis',
	to: 'eoir',
	certainty: 'possible',
	sources: ['BN-14', 'BN-10']
} satisfies ScenarioTransfer;

// --- whoApplies ---

/**
 * Dossier "State Medicaid/CHIP or SNAP agency, or Marketplace" split: state office here,
 * Marketplace below. Only the applicant's status moves.
 */
export const applicationToStateAgency = {
	id: 'applicationToStateAgency',
	data: [
		'name',
		'dateOfBirth',
		'ssn',
		'statusAttestation',
		'aNumber',
		'documentDetails',
		'householdIncome'
	],
	from: 'you',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-42', 'BN-43', 'BN-57'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const applicationToMarketplace = {
	id: 'applicationToMarketplace',
	data: [
		'name',
		'dateOfBirth',
		'ssn',
		'statusAttestation',
		'aNumber',
		'documentDetails',
		'householdIncome'
	],
	from: 'you',
	to: 'marketplace',
	certainty: 'documented',
	sources: ['BN-42', 'BN-43', 'BN-57'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- publicCharge ---

/** These answers are on green card forms, so they move only if you later apply for a green card. */
export const benefitUseToUscis = {
	id: 'benefitUseToUscis',
	data: ['benefitUseAnswers'],
	from: 'you',
	to: 'uscis',
	certainty: 'documented',
	sources: ['BN-68', 'BN-10', 'BN-11']
} satisfies ScenarioTransfer;

// --- familyMemberOnly ---

export const householdInfoToStateAgency = {
	id: 'householdInfoToStateAgency',
	data: ['name', 'address', 'householdIncome'],
	from: 'you',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-57'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- statusCheck ---

/**
 * First leg of the dossier's "Agency (via Hub for health programs) → SAVE"; for health programs
 * only.
 */
export const agencyToHub = {
	id: 'agencyToHub',
	data: ['name', 'dateOfBirth', 'ssn', 'aNumber', 'i94Number', 'documentDetails'],
	from: 'stateBenefitsAgency',
	to: 'hub',
	certainty: 'documented',
	sources: ['BN-39', 'BN-40'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Dossier "Agency / CMS Hub → SSA": its source (BN-40) describes the Hub's check, so the Hub is
 * drawn. Also the SSA leg of the Marketplace row at afterMarketplace.
 */
export const hubToSsa = {
	id: 'hubToSsa',
	data: ['ssn', 'name', 'dateOfBirth'],
	from: 'hub',
	to: 'ssa',
	certainty: 'documented',
	sources: ['BN-40'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** The office sends one or more of these numbers, not all of them. */
export const agencyToSave = {
	id: 'agencyToSave',
	data: [
		'name',
		'dateOfBirth',
		'benefitRequested',
		'aNumber',
		'i94Number',
		'sevisId',
		'naturalizationCertificateNumber',
		'documentDetails',
		'receiptNumber',
		'ssn'
	],
	from: 'stateBenefitsAgency',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-29', 'BN-31', 'BN-32', 'BN-38']
} satisfies ScenarioTransfer;

/** Also the SAVE leg of the Marketplace row at afterMarketplace. */
export const hubToSave = {
	id: 'hubToSave',
	data: [
		'name',
		'dateOfBirth',
		'benefitRequested',
		'aNumber',
		'i94Number',
		'sevisId',
		'naturalizationCertificateNumber',
		'documentDetails',
		'receiptNumber',
		'ssn'
	],
	from: 'hub',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-29', 'BN-39', 'BN-38']
} satisfies ScenarioTransfer;

export const saveAnswerToAgency = {
	id: 'saveAnswerToAgency',
	data: ['saveResponse'],
	from: 'save',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-29', 'BN-38']
} satisfies ScenarioTransfer;

/** Possible: only for approved agencies; how many is unknown. */
export const saveExtraToAgency = {
	id: 'saveExtraToAgency',
	data: ['saveExtraDetails', 'governmentPhoto'],
	from: 'save',
	to: 'stateBenefitsAgency',
	certainty: 'possible',
	sources: ['BN-81', 'BN-29', 'BN-38']
} satisfies ScenarioTransfer;

export const saveAnswerToHub = {
	id: 'saveAnswerToHub',
	data: ['saveResponse'],
	from: 'save',
	to: 'hub',
	certainty: 'documented',
	sources: ['BN-39', 'BN-38']
} satisfies ScenarioTransfer;

/** Dossier "Hub → Marketplace / Medicaid / CHIP" split: state office here, Marketplace below. */
export const hubFlagsToAgency = {
	id: 'hubFlagsToAgency',
	data: ['eligibilityFlags'],
	from: 'hub',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-40'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const hubFlagsToMarketplace = {
	id: 'hubFlagsToMarketplace',
	data: ['eligibilityFlags'],
	from: 'hub',
	to: 'marketplace',
	certainty: 'documented',
	sources: ['BN-40'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- additionalVerification ---

/** Dossier "USCIS SAVE status verifiers": the USCIS staff who do this work for SAVE. */
export const documentCopiesToSave = {
	id: 'documentCopiesToSave',
	data: ['documentCopies'],
	from: 'stateBenefitsAgency',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-79', 'BN-38']
} satisfies ScenarioTransfer;

/** You type the case number or a document number, not both. */
export const caseCheckLookup = {
	id: 'caseCheckLookup',
	data: ['dateOfBirth', 'saveCaseNumber', 'documentDetails'],
	from: 'you',
	to: 'saveCaseCheck',
	certainty: 'documented',
	sources: ['BN-30'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- eligibilityDecision ---

export const benefitDecisionToYou = {
	id: 'benefitDecisionToYou',
	data: ['benefitDecision'],
	from: 'stateBenefitsAgency',
	to: 'you',
	certainty: 'documented',
	sources: ['BN-72'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- afterMedicaid ---

export const medicaidApplicationToState = {
	id: 'medicaidApplicationToState',
	data: ['medicaidApplication'],
	from: 'you',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-48', 'BN-49'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const enrollmentToTmsis = {
	id: 'enrollmentToTmsis',
	data: ['medicaidEnrollment', 'immigrationStatus'],
	from: 'stateBenefitsAgency',
	to: 'tmsis',
	certainty: 'documented',
	sources: ['BN-46', 'BN-85'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Documented by the CMS notice; in court. The items are the court-limited list; "name and other
 * names" appear in one report only, so they are told in the step text, not drawn. Medical data is
 * blocked by the order, so it does not move.
 */
export const medicaidDataToIce = {
	id: 'medicaidDataToIce',
	data: ['immigrationStatus', 'address', 'phone', 'dateOfBirth', 'medicaidId'],
	from: 'cms',
	to: 'ice',
	certainty: 'documented',
	sources: ['BN-46', 'BN-53', 'BN-54'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- afterSnap ---

export const snapApplicationToState = {
	id: 'snapApplicationToState',
	data: ['householdMembers', 'ssn', 'householdIncome'],
	from: 'you',
	to: 'stateBenefitsAgency',
	certainty: 'documented',
	sources: ['BN-62'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const snapStatusToSave = {
	id: 'snapStatusToSave',
	data: ['name', 'aNumber', 'documentDetails'],
	from: 'stateBenefitsAgency',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-62', 'BN-38']
} satisfies ScenarioTransfer;

/** Possible: only on a named officer's request in these cases. */
export const snapToLawEnforcement = {
	id: 'snapToLawEnforcement',
	data: ['address', 'ssn', 'photo'],
	from: 'stateBenefitsAgency',
	to: 'lawEnforcement',
	certainty: 'possible',
	sources: ['BN-62'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Reported: news says about 27 states that did not sue handed data over. */
export const snapRecordsToUsda = {
	id: 'snapRecordsToUsda',
	data: ['snapRecords', 'name', 'ssn', 'dateOfBirth', 'address', 'immigrationStatus'],
	from: 'stateBenefitsAgency',
	to: 'usda',
	certainty: 'reported',
	sources: ['BN-63'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Reported only (news). Dossier "USDA (reported: then SAVE)". */
export const usdaToSave = {
	id: 'usdaToSave',
	data: ['snapRecords'],
	from: 'usda',
	to: 'save',
	certainty: 'reported',
	sources: ['BN-63'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

// --- afterMarketplace ---

export const marketplaceApplication = {
	id: 'marketplaceApplication',
	data: ['ssn', 'householdIncome', 'statusAttestation'],
	from: 'you',
	to: 'marketplace',
	certainty: 'documented',
	sources: ['BN-44', 'BN-43'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Dossier "Marketplace via Hub → SSA, IRS, DHS SAVE": the SSA and SAVE legs are hubToSsa and
 * hubToSave at statusCheck, so only the new legs are here.
 */
export const marketplaceToHub = {
	id: 'marketplaceToHub',
	data: ['ssn', 'householdIncome', 'statusAttestation'],
	from: 'marketplace',
	to: 'hub',
	certainty: 'documented',
	sources: ['BN-40', 'BN-39'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const hubToIrs = {
	id: 'hubToIrs',
	data: ['ssn', 'householdIncome'],
	from: 'hub',
	to: 'irs',
	certainty: 'documented',
	sources: ['BN-40', 'BN-39'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- afterCashAid ---

/** Possible: only with "knowledge" as the 2000 notice defines it; how often is unknown. */
export const tanfReportToDhs = {
	id: 'tanfReportToDhs',
	data: ['name', 'address'],
	from: 'stateBenefitsAgency',
	to: 'dhs',
	certainty: 'possible',
	sources: ['BN-59', 'BN-60', 'BN-75'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Dossier "Any government employee → DHS": drawn from the benefits office, the government this
 * walk-through is about.
 */
export const statusSharingToDhs = {
	id: 'statusSharingToDhs',
	data: ['immigrationStatus'],
	from: 'stateBenefitsAgency',
	to: 'dhs',
	certainty: 'possible',
	sources: ['BN-61'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const ssaToSave = {
	id: 'ssaToSave',
	data: ['name', 'dateOfBirth', 'aNumber', 'documentDetails'],
	from: 'ssa',
	to: 'save',
	certainty: 'documented',
	sources: ['BN-74', 'BN-38']
} satisfies ScenarioTransfer;

// --- taxData ---

/**
 * Reported: the sources are a Congressional Research Service analysis and a law-firm summary; the
 * agreement is in court.
 */
export const iceRequestToIrs = {
	id: 'iceRequestToIrs',
	data: ['name', 'address', 'iceTaxRequest'],
	from: 'ice',
	to: 'irs',
	certainty: 'reported',
	sources: ['BN-64'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/**
 * Reported: news says the IRS gave ICE about 47,000 addresses on August 7, 2025. "Possibly other
 * identity data" is not drawn.
 */
export const irsAddressToIce = {
	id: 'irsAddressToIce',
	data: ['lastKnownAddress'],
	from: 'irs',
	to: 'ice',
	certainty: 'reported',
	sources: ['BN-64', 'BN-66'],
	unverified: ['retention']
} satisfies ScenarioTransfer;
