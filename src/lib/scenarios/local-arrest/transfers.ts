/**
 * Every data move in "Stopped or arrested by local police", from the data-flow tables of the dossier
 * (shared/content/local-arrest.md). Where a row is a chain ("A → B → C") it is split into its moves.
 * Rows with no source at all are not drawn (the step words say what is unverified).
 * Words (basis, retention): `transfers.<id>` in locales/<lang>/local-arrest.json.
 */
import type { ScenarioTransfer } from '../types';

// --- policeStop ---

/** Reported: only a secondary source (LA-42) describes roadside DMV checks. The dossier's federal basis (DPPA) cites DL-12, which is not in the source registry, so it is left out. */
export const stopToStateDmv = {
	id: 'stopToStateDmv',
	data: ['name', 'dateOfBirth', 'driversLicenseNumber', 'licensePlate'],
	from: 'localPolice',
	to: 'stateDmv',
	certainty: 'reported',
	sources: ['LA-42'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const stopToNcic = {
	id: 'stopToNcic',
	data: ['name', 'dateOfBirth'],
	from: 'localPolice',
	to: 'ncic',
	certainty: 'documented',
	sources: ['LA-38', 'LA-37', 'LA-42'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** The “Immigration Alien Query” (IAQ) sent from the roadside; the jail's IAQ is jailIaqToLesc. */
export const policeIaqToLesc = {
	id: 'policeIaqToLesc',
	data: [
		'name',
		'dateOfBirth',
		'sex',
		'placeOfBirth',
		'custodyStatus',
		'charges',
		'aNumber',
		'fbiNumber',
		'stateIdNumber',
		'driversLicenseNumber'
	],
	from: 'localPolice',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-35', 'LA-36', 'LA-03', 'LA-30', 'LA-32']
} satisfies ScenarioTransfer;

/** Reported: only news (LA-108) describes Mobile Identify. Dossier row “officer's phone → DHS matching service → result” split in two. */
export const faceScanToCbp = {
	id: 'faceScanToCbp',
	data: ['photo'],
	from: 'officer287g',
	to: 'cbp',
	certainty: 'reported',
	sources: ['LA-108', 'LA-55'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const faceScanResultToOfficer = {
	id: 'faceScanResultToOfficer',
	data: ['faceScanResult'],
	from: 'cbp',
	to: 'officer287g',
	certainty: 'reported',
	sources: ['LA-108', 'LA-55'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- immigrationRecordHit ---

/** Dossier chain “ICE (through LESC) → NCIC → officer's screen” split in two. */
export const lescRecordToNcic = {
	id: 'lescRecordToNcic',
	data: ['immigrationRecord'],
	from: 'lesc',
	to: 'ncic',
	certainty: 'documented',
	sources: ['LA-37', 'LA-38', 'LA-34', 'LA-39']
} satisfies ScenarioTransfer;

export const ncicHitToPolice = {
	id: 'ncicHitToPolice',
	data: ['immigrationRecord'],
	from: 'ncic',
	to: 'localPolice',
	certainty: 'documented',
	sources: ['LA-37', 'LA-38', 'LA-39']
} satisfies ScenarioTransfer;

/** Dossier chain “officer → LESC, then the local ICE field office” split in two. */
export const hitConfirmationToLesc = {
	id: 'hitConfirmationToLesc',
	data: ['name', 'encounterDetails'],
	from: 'localPolice',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-34', 'LA-30']
} satisfies ScenarioTransfer;

export const hitConfirmationToEro = {
	id: 'hitConfirmationToEro',
	data: ['name', 'encounterDetails'],
	from: 'lesc',
	to: 'ero',
	certainty: 'documented',
	sources: ['LA-34', 'LA-30']
} satisfies ScenarioTransfer;

/** Reported: a 2025 news report (LA-40). The dossier could not read 8 U.S.C. 1357(g)(10), so the basis is unverified. */
export const locationToIce = {
	id: 'locationToIce',
	data: ['custodyStatus', 'encounterDetails'],
	from: 'localPolice',
	to: 'ice',
	certainty: 'reported',
	sources: ['LA-40', 'LA-86'],
	unverified: ['basis', 'retention']
} satisfies ScenarioTransfer;

// --- citationAndRelease ---

/** Reported: news and advocacy sources (LA-94, LA-33). Dossier chain “courts → data companies → ICE” split in two; also shown at courtCase. */
export const courtRecordToBrokers = {
	id: 'courtRecordToBrokers',
	data: ['courtRecord'],
	from: 'court',
	to: 'dataBrokers',
	certainty: 'reported',
	sources: ['LA-94', 'LA-33']
} satisfies ScenarioTransfer;

export const brokerCourtDataToIce = {
	id: 'brokerCourtDataToIce',
	data: ['courtRecord'],
	from: 'dataBrokers',
	to: 'ice',
	certainty: 'reported',
	sources: ['LA-94', 'LA-33']
} satisfies ScenarioTransfer;

// --- booking ---

/** Dossier row “arresting officer / you → county jail” split by who gives what: you give these; the officer gives the charges (chargesToJail). Fingerprints are added from the step text. */
export const bookingDetailsToJail = {
	id: 'bookingDetailsToJail',
	data: [
		'name',
		'dateOfBirth',
		'address',
		'phone',
		'physicalDescription',
		'photo',
		'fingerprints'
	],
	from: 'you',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-42', 'LA-53']
} satisfies ScenarioTransfer;

export const chargesToJail = {
	id: 'chargesToJail',
	data: ['charges', 'arrestRecord'],
	from: 'localPolice',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-42', 'LA-53']
} satisfies ScenarioTransfer;

/** Dossier chain “you → jail → ICE LESC (IAQ)” split in two; the second leg is jailIaqToLesc. */
export const birthplaceToJail = {
	id: 'birthplaceToJail',
	data: ['placeOfBirth', 'nationality'],
	from: 'you',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-35', 'LA-36', 'LA-75', 'LA-76', 'LA-83'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Also the dossier's IAQ row at noDhsMatch; shown once, at booking, where the question is asked. 8 U.S.C. 1644 is left out of the basis: the dossier could not read its text. */
export const jailIaqToLesc = {
	id: 'jailIaqToLesc',
	data: ['name', 'dateOfBirth', 'placeOfBirth', 'custodyStatus', 'charges'],
	from: 'jail',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-35', 'LA-36', 'LA-03', 'LA-04', 'LA-75', 'LA-76', 'LA-83']
} satisfies ScenarioTransfer;

/** Reported: news and advocacy sources. Dossier chain “jail → data brokers → ICE” split in two. */
export const bookingToBrokers = {
	id: 'bookingToBrokers',
	data: ['bookingRecord'],
	from: 'jail',
	to: 'dataBrokers',
	certainty: 'reported',
	sources: ['LA-94', 'LA-33']
} satisfies ScenarioTransfer;

export const brokerBookingDataToIce = {
	id: 'brokerBookingDataToIce',
	data: ['bookingRecord'],
	from: 'dataBrokers',
	to: 'ice',
	certainty: 'reported',
	sources: ['LA-94', 'LA-33']
} satisfies ScenarioTransfer;

export const consulateNotice = {
	id: 'consulateNotice',
	data: ['name', 'nationality', 'custodyStatus'],
	from: 'jail',
	to: 'consulate',
	certainty: 'documented',
	sources: ['LA-95', 'LA-96'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- fingerprintsToStateAndFbi ---

export const fingerprintsToSib = {
	id: 'fingerprintsToSib',
	data: ['fingerprints', 'name', 'dateOfBirth', 'charges', 'arrestRecord'],
	from: 'jail',
	to: 'stateIdBureau',
	certainty: 'documented',
	sources: ['LA-17', 'LA-53']
} satisfies ScenarioTransfer;

export const fingerprintsToNgi = {
	id: 'fingerprintsToNgi',
	data: ['fingerprints', 'name', 'dateOfBirth', 'charges', 'arrestRecord'],
	from: 'stateIdBureau',
	to: 'ngi',
	certainty: 'documented',
	sources: ['LA-49', 'LA-50', 'LA-51']
} satisfies ScenarioTransfer;

/** Dossier chain “FBI NGI → State Identification Bureau → jail” split in two. */
export const rapSheetToSib = {
	id: 'rapSheetToSib',
	data: ['criminalHistory'],
	from: 'ngi',
	to: 'stateIdBureau',
	certainty: 'documented',
	sources: ['LA-17'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const rapSheetToJail = {
	id: 'rapSheetToJail',
	data: ['criminalHistory'],
	from: 'stateIdBureau',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-17'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- dhsFingerprintCheck ---

export const fingerprintsToIdent = {
	id: 'fingerprintsToIdent',
	data: ['fingerprints', 'name', 'dateOfBirth', 'charges', 'arrestRecord'],
	from: 'ngi',
	to: 'ident',
	certainty: 'documented',
	sources: ['LA-16', 'LA-49', 'LA-15', 'LA-24', 'LA-26', 'LA-22', 'LA-44'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier chain “IDENT → FBI → State Identification Bureau → jail” split in three. It moves on every path (match or no match). */
export const identResponseToNgi = {
	id: 'identResponseToNgi',
	data: ['fingerprintMatch'],
	from: 'ident',
	to: 'ngi',
	certainty: 'documented',
	sources: ['LA-17', 'LA-15', 'LA-115'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const identResponseToSib = {
	id: 'identResponseToSib',
	data: ['fingerprintMatch'],
	from: 'ngi',
	to: 'stateIdBureau',
	certainty: 'documented',
	sources: ['LA-17', 'LA-15', 'LA-115'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const identResponseToJail = {
	id: 'identResponseToJail',
	data: ['fingerprintMatch'],
	from: 'stateIdBureau',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-17', 'LA-115'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- noDhsMatch ---

/** Dossier row “jail rosters / interviews → ICE Criminal Apprehension Program officers” split: the list (here) and your answers (jailInterviewToIce). */
export const jailRosterToIce = {
	id: 'jailRosterToIce',
	data: ['bookingRecord'],
	from: 'jail',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-20']
} satisfies ScenarioTransfer;

export const jailInterviewToIce = {
	id: 'jailInterviewToIce',
	data: ['interviewAnswers'],
	from: 'you',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-20', 'LA-83']
} satisfies ScenarioTransfer;

// --- iceReview ---

/** The dossier lists the match alert at dhsFingerprintCheck; it is shown here, because it moves only after a match, and that step also leads to “no match”. */
export const matchAlertToLesc = {
	id: 'matchAlertToLesc',
	data: ['fingerprintMatch', 'name', 'dateOfBirth', 'charges', 'arrestRecord'],
	from: 'ident',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-15', 'LA-21', 'LA-30', 'LA-31', 'LA-32']
} satisfies ScenarioTransfer;

export const matchAlertToEro = {
	id: 'matchAlertToEro',
	data: ['fingerprintMatch', 'name', 'dateOfBirth', 'charges'],
	from: 'ident',
	to: 'ero',
	certainty: 'documented',
	sources: ['LA-15', 'LA-21']
} satisfies ScenarioTransfer;

/** Dossier row “searches of ICE and other files (internal)”, one move per source of records it names. */
export const ncicToLesc = {
	id: 'ncicToLesc',
	data: ['immigrationRecord', 'criminalHistory'],
	from: 'ncic',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-34', 'LA-35', 'LA-30']
} satisfies ScenarioTransfer;

export const iiiToLesc = {
	id: 'iiiToLesc',
	data: ['criminalHistory'],
	from: 'iii',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-34', 'LA-35', 'LA-30']
} satisfies ScenarioTransfer;

export const immigrationFilesToLesc = {
	id: 'immigrationFilesToLesc',
	data: ['immigrationRecord', 'immigrationStatus', 'aNumber'],
	from: 'dhs',
	to: 'lesc',
	certainty: 'documented',
	sources: ['LA-34', 'LA-30']
} satisfies ScenarioTransfer;

/** Dossier row “LESC → local ICE field office (ERO) and the requesting agency” split in two. */
export const iarToEro = {
	id: 'iarToEro',
	data: ['immigrationAlienResponse'],
	from: 'lesc',
	to: 'ero',
	certainty: 'documented',
	sources: ['LA-33', 'LA-35', 'LA-32']
} satisfies ScenarioTransfer;

export const iarToJail = {
	id: 'iarToJail',
	data: ['immigrationAlienResponse'],
	from: 'lesc',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-33', 'LA-35']
} satisfies ScenarioTransfer;

// --- jail287gScreening ---

/** Dossier chain “you → 287(g) officer → ICE systems” split in two. */
export const interviewToOfficer287g = {
	id: 'interviewToOfficer287g',
	data: ['interviewAnswers', 'documentDetails'],
	from: 'you',
	to: 'officer287g',
	certainty: 'documented',
	sources: ['LA-01', 'LA-55', 'LA-60'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const interviewToEid = {
	id: 'interviewToEid',
	data: ['interviewAnswers', 'documentDetails'],
	from: 'officer287g',
	to: 'eid',
	certainty: 'documented',
	sources: ['LA-01', 'LA-55', 'LA-60'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier row “database checks: 287(g) officer → federal immigration databases”, drawn as the records coming back. Which systems is not confirmed, so the holder is DHS. */
export const immigrationRecordsToOfficer287g = {
	id: 'immigrationRecordsToOfficer287g',
	data: ['immigrationRecord', 'immigrationStatus'],
	from: 'dhs',
	to: 'officer287g',
	certainty: 'documented',
	sources: ['LA-55', 'LA-60'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Possible: the agreement allows it; whether it happens depends on the officer. The detainer's leg to the jail is detainerToJail, at detainerLodged. */
export const officer287gPapersToIce = {
	id: 'officer287gPapersToIce',
	data: ['detainer', 'iceWarrant', 'noticeToAppear'],
	from: 'officer287g',
	to: 'ice',
	certainty: 'possible',
	sources: ['LA-55', 'LA-60', 'LA-05']
} satisfies ScenarioTransfer;

export const officer287gNtaToYou = {
	id: 'officer287gNtaToYou',
	data: ['noticeToAppear'],
	from: 'officer287g',
	to: 'you',
	certainty: 'possible',
	sources: ['LA-55', 'LA-60']
} satisfies ScenarioTransfer;

// --- detainerLodged ---

/** From “ICE (or a 287(g) officer)”: drawn from ICE on every path; the basis names the 287(g) officer. */
export const detainerToJail = {
	id: 'detainerToJail',
	data: ['detainer', 'iceWarrant', 'name', 'dateOfBirth', 'nationality', 'sex'],
	from: 'ice',
	to: 'jail',
	certainty: 'documented',
	sources: ['LA-05', 'LA-09', 'LA-12', 'LA-07', 'LA-89', 'LA-55']
} satisfies ScenarioTransfer;

export const detainerCopyToYou = {
	id: 'detainerCopyToYou',
	data: ['detainer'],
	from: 'jail',
	to: 'you',
	certainty: 'documented',
	sources: ['LA-11']
} satisfies ScenarioTransfer;

export const releaseDateToIce = {
	id: 'releaseDateToIce',
	data: ['releaseDate'],
	from: 'jail',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-12', 'LA-76', 'LA-68'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Possible: the dossier marks the entry of detainers into NCIC as partly unsourced. */
export const detainerToNcic = {
	id: 'detainerToNcic',
	data: ['detainer', 'iceWarrant'],
	from: 'ice',
	to: 'ncic',
	certainty: 'possible',
	sources: ['LA-39'],
	unverified: ['basis']
} satisfies ScenarioTransfer;

// --- bailDecision ---

export const bailReleaseNoticeToIce = {
	id: 'bailReleaseNoticeToIce',
	data: ['releaseDate'],
	from: 'jail',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-12'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- courtCase ---

/** Reported: news and a policy tracker's summary (LA-94, LA-90). Dossier chain “court → public docket → ICE (directly or via data brokers)”: the direct leg; the other legs are courtRecordToBrokers and brokerCourtDataToIce. */
export const courtRecordToIce = {
	id: 'courtRecordToIce',
	data: ['courtRecord'],
	from: 'court',
	to: 'ice',
	certainty: 'reported',
	sources: ['LA-94', 'LA-90'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const immigrationAdviceToYou = {
	id: 'immigrationAdviceToYou',
	data: ['immigrationAdvice'],
	from: 'defenceLawyer',
	to: 'you',
	certainty: 'documented',
	sources: ['LA-88'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- chargesDropped ---

/** Dossier chain “court → State Identification Bureau → FBI NGI”, for a dismissal (chargesDropped) and for a conviction (conviction). */
export const courtOutcomeToSib = {
	id: 'courtOutcomeToSib',
	data: ['courtOutcome'],
	from: 'court',
	to: 'stateIdBureau',
	certainty: 'documented',
	sources: ['LA-51', 'LA-99'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const courtOutcomeToNgi = {
	id: 'courtOutcomeToNgi',
	data: ['courtOutcome'],
	from: 'stateIdBureau',
	to: 'ngi',
	certainty: 'documented',
	sources: ['LA-51', 'LA-99']
} satisfies ScenarioTransfer;

// --- conviction ---

/** Dossier “From: probation / court”: drawn from the probation office, whose policy it is. */
export const presentenceToIce = {
	id: 'presentenceToIce',
	data: ['placeOfBirth', 'immigrationStatus', 'address'],
	from: 'probationOffice',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-93'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier “From: jail / prison”: drawn from the jail, the only custody party in this walk. */
export const inmateReleaseToIce = {
	id: 'inmateReleaseToIce',
	data: ['name', 'releaseDate'],
	from: 'jail',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-20']
} satisfies ScenarioTransfer;

// --- probation ---

export const probationToIce = {
	id: 'probationToIce',
	data: [
		'name',
		'otherNames',
		'dateOfBirth',
		'courtCaseNumber',
		'charges',
		'address',
		'phone',
		'employerName',
		'probationAppointment'
	],
	from: 'probationOffice',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-93', 'LA-92'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

// --- releasePoint ---

export const releaseNoticeToIce = {
	id: 'releaseNoticeToIce',
	data: ['releaseDate'],
	from: 'jail',
	to: 'ice',
	certainty: 'documented',
	sources: ['LA-12', 'LA-68', 'LA-71', 'LA-75', 'LA-76', 'LA-80'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Reported: only a secondary summary of the TRUTH Act (LA-79) says this. */
export const releaseTimeToYou = {
	id: 'releaseTimeToYou',
	data: ['releaseDate'],
	from: 'jail',
	to: 'you',
	certainty: 'reported',
	sources: ['LA-79'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Possible: it happens only if ICE comes within the hold time. */
export const custodyTransferToIce = {
	id: 'custodyTransferToIce',
	data: ['custodyTransfer'],
	from: 'jail',
	to: 'ice',
	certainty: 'possible',
	sources: ['LA-05']
} satisfies ScenarioTransfer;

// --- iceCustody ---

export const iceCaseToEid = {
	id: 'iceCaseToEid',
	data: ['iceCaseRecord'],
	from: 'ice',
	to: 'eid',
	certainty: 'documented',
	sources: ['LA-54', 'LA-112'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

/** Dossier “ICE → public, via the Online Detainee Locator”: drawn from ENFORCE records (EID), which the locator draws on. */
export const detaineeLocatorListing = {
	id: 'detaineeLocatorListing',
	data: ['name', 'aNumber', 'custodyStatus'],
	from: 'eid',
	to: 'detaineeLocator',
	certainty: 'documented',
	sources: ['LA-112', 'LA-114'],
	unverified: ['retention']
} satisfies ScenarioTransfer;

export const biometricsToIdent = {
	id: 'biometricsToIdent',
	data: ['fingerprints', 'photo'],
	from: 'ice',
	to: 'ident',
	certainty: 'documented',
	sources: ['LA-43'],
	unverified: ['retention']
} satisfies ScenarioTransfer;
