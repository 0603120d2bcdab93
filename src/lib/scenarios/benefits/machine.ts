import { setup } from 'xstate';
import type { ChoiceEvent, StepMeta } from '../types';
import * as t from './transfers';

/**
 * "Applying for a benefit": Path A, an immigration benefit from USCIS (form, biometrics, checks,
 * decision); Path B, a public benefit (who applies, SAVE, decision, where the data can go later);
 * and a side step on taxes and the IRS–ICE agreement.
 */
export const benefitsMachine = setup({
	types: { events: {} as ChoiceEvent, meta: {} as StepMeta }
}).createMachine({
	id: 'benefits',
	initial: 'choosePath',
	states: {
		choosePath: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-10', 'BN-29'] },
					{ sources: ['BN-29', 'BN-40'] },
					{ sources: ['BN-64'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-55', 'BN-63', 'BN-67'] }
				],
				transfers: []
			},
			on: {
				'choose.uscis': 'fillForm',
				'choose.publicBenefit': 'whoApplies',
				// A side step: the dossier's graph links it from the start only.
				'choose.taxes': 'taxData'
			}
		},
		fillForm: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-10', 'BN-77'] },
					{ sources: ['BN-10', 'BN-77'] },
					{ sources: ['BN-10'] },
					{ sources: ['BN-17'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: ['BN-76'] }
				],
				uncertain: [
					{ sources: ['BN-17'] }
				],
				transfers: [
					t.formToUscis,
					t.socialMediaToUscis
				]
			},
			on: {
				// The three special cases show their privacy rules first, then join the common path
				// at caseIntake.
				'choose.survivor': 'survivorConfidentiality',
				'choose.asylum': 'asylumConfidentiality',
				'choose.daca': 'dacaInformationUse',
				'choose.other': 'caseIntake'
			}
		},
		survivorConfidentiality: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-24'] },
					{ sources: ['BN-24'] },
					{ sources: ['BN-24'] },
					{ sources: ['BN-25', 'BN-24', 'BN-26'] }
				],
				canDo: [
					{ sources: ['BN-24'] }
				],
				uncertain: [
					{ sources: ['BN-25'], status: 'unverified' },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.abuserInfoToUscis
				]
			},
			on: {
				'choose.next': 'caseIntake'
			}
		},
		asylumConfidentiality: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-28'] },
					{ sources: ['BN-28'] },
					{ sources: ['BN-28'] },
					{ sources: ['BN-28'] }
				],
				canDo: [
					{ sources: ['BN-28'] }
				],
				uncertain: [
					{ sources: ['BN-28'], status: 'unverified' }
				],
				transfers: [
					t.asylumInfoToOfficials
				]
			},
			on: {
				'choose.next': 'caseIntake'
			}
		},
		dacaInformationUse: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-20', 'BN-23'] },
					{ sources: ['BN-19'] },
					{ sources: ['BN-20'] },
					{ sources: ['BN-21', 'BN-22'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-19'] },
					{ sources: ['BN-14'] }
				],
				transfers: [
					t.dacaRequestToUscis,
					t.dacaReferralToIce,
					t.dacaReferralToCbp,
					t.dacaDatabaseAccessIce
				]
			},
			on: {
				'choose.next': 'caseIntake'
			}
		},
		caseIntake: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-77', 'BN-10'] },
					{ sources: ['BN-10'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.intakeToAFile,
					t.aFileToIce,
					t.aFileToCbp
				]
			},
			on: {
				'choose.next': 'biometricsAppointment'
			}
		},
		biometricsAppointment: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-01'] },
					{ sources: ['BN-01'] },
					{ sources: ['BN-03'] },
					{ sources: ['BN-03', 'BN-05'] }
				],
				canDo: [
					{ sources: ['BN-01'] },
					{ sources: ['BN-84'] }
				],
				uncertain: [
					{ sources: [], status: 'unverified' },
					{ sources: ['BN-18'] }
				],
				transfers: [
					t.biometricsToAsc,
					t.ascToCpms,
					t.fingerprintsToIdent,
					t.cpmsToFbi,
					t.cpmsToDod,
					t.cpmsToForeignPartners,
					t.matchRecordsToIdent,
					t.cpmsToCardProduction,
					t.cpmsSearchByIce,
					t.cpmsSearchByCbp
				]
			},
			on: {
				'choose.went': 'backgroundChecks',
				'choose.missed': 'missedBiometrics'
			}
		},
		// Terminal unless rescheduled (the dossier's words): an outcome where a walk can end, with
		// one way back.
		missedBiometrics: {
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-84'] },
					{ sources: ['BN-84'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: ['BN-84'] }
				],
				uncertain: [
					{ sources: [], status: 'unverified' },
					{ sources: [], status: 'unverified' }
				],
				transfers: []
			},
			on: {
				'choose.rescheduled': 'biometricsAppointment'
			}
		},
		backgroundChecks: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-07'] },
					{ sources: ['BN-09'] },
					{ sources: ['BN-04'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.checksToFbi,
					t.nameCheckToTecs,
					t.fbiResultsToCpms,
					t.tecsResultsToCpms
				]
			},
			on: {
				'choose.noConcerns': 'interviewDecision',
				'choose.flagged': 'fdnsReview'
			}
		},
		fdnsReview: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-12'] },
					{ sources: ['BN-13'] },
					{ sources: ['BN-12'] },
					{ sources: ['BN-16'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-12'] },
					{ sources: ['BN-16'] }
				],
				transfers: [
					t.caseToFdns,
					t.fdnsReferralToIce,
					t.fdnsReferralToLawEnforcement,
					t.specialAgentsToProsecutors
				]
			},
			on: {
				'choose.cleared': 'interviewDecision',
				'choose.denied': 'caseDenied'
			}
		},
		interviewDecision: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-80'] },
					{ sources: ['BN-10', 'BN-11'] }
				],
				canDo: [
					{ sources: [], status: 'unverified' }
				],
				uncertain: [],
				transfers: [
					t.interviewBiometricsToUscis,
					t.interviewBiometricsToIdent,
					t.decisionToAFile
				]
			},
			on: {
				'choose.approved': 'caseApproved',
				'choose.denied': 'caseDenied'
			}
		},
		caseApproved: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-01'] },
					{ sources: ['BN-29', 'BN-10'] }
				],
				canDo: [
					{ sources: ['BN-76'] }
				],
				uncertain: [],
				transfers: [
					t.approvalToCardProduction,
					t.statusToEVerify,
					t.statusToSave
				]
			}
		},
		// aFileToIce and aFileToCbp are the dossier's "Full A-file → ICE, CBP" row: the same
		// shared-system move as at caseIntake.
		caseDenied: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-14'] },
					{ sources: ['BN-14'] },
					{ sources: ['BN-14', 'BN-15'] },
					{ sources: ['BN-10'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-14'] }
				],
				transfers: [
					t.denialToYou,
					t.ntaToYou,
					t.ntaToEoir,
					t.aFileToIce,
					t.aFileToCbp
				]
			}
		},
		whoApplies: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-42', 'BN-43'] },
					{ sources: ['BN-57', 'BN-58'] }
				],
				canDo: [
					{ sources: ['BN-57'] }
				],
				uncertain: [
					{ sources: ['BN-57'] }
				],
				transfers: [
					t.applicationToStateAgency,
					t.applicationToMarketplace
				]
			},
			on: {
				'choose.myself': 'statusCheck',
				'choose.familyOnly': 'familyMemberOnly',
				// An info page that comes back here.
				'choose.publicCharge': 'publicCharge'
			}
		},
		publicCharge: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-68', 'BN-70'] },
					{ sources: ['BN-68', 'BN-70'] },
					{ sources: ['BN-70', 'BN-71'] },
					{ sources: ['BN-69', 'BN-70'] }
				],
				canDo: [
					{ sources: ['BN-70'] }
				],
				uncertain: [
					{ sources: ['BN-69'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.benefitUseToUscis
				]
			},
			on: {
				'choose.next': 'whoApplies'
			}
		},
		familyMemberOnly: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-57', 'BN-42'] },
					{ sources: ['BN-57', 'BN-42'] },
					{ sources: ['BN-42'] }
				],
				canDo: [
					{ sources: ['BN-57'] }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.householdInfoToStateAgency
				]
			},
			on: {
				'choose.next': 'statusCheck'
			}
		},
		// Health programs go through the CMS Hub; other programs (such as SNAP) ask SAVE directly.
		// Both routes are shown.
		statusCheck: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-40', 'BN-42', 'BN-29'] },
					{ sources: ['BN-29', 'BN-31'] },
					{ sources: ['BN-29', 'BN-74', 'BN-79'] },
					{ sources: ['BN-40'] }
				],
				canDo: [
					{ sources: ['BN-29'] },
					{ sources: ['BN-31'] }
				],
				uncertain: [
					{ sources: ['BN-37'] },
					{ sources: ['BN-34', 'BN-33', 'BN-31'] },
					{ sources: ['BN-34'] },
					{ sources: ['BN-32', 'BN-35'] },
					{ sources: ['BN-36'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.agencyToHub,
					t.hubToSsa,
					t.agencyToSave,
					t.hubToSave,
					t.saveAnswerToAgency,
					t.saveExtraToAgency,
					t.saveAnswerToHub,
					t.hubFlagsToAgency,
					t.hubFlagsToMarketplace
				]
			},
			on: {
				'choose.confirmed': 'eligibilityDecision',
				'choose.moreChecks': 'additionalVerification'
			}
		},
		additionalVerification: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['BN-79'] },
					{ sources: ['BN-78'] },
					{ sources: ['BN-30'] },
					{ sources: ['BN-43'] }
				],
				canDo: [
					{ sources: ['BN-30', 'BN-79'] }
				],
				uncertain: [],
				transfers: [
					t.documentCopiesToSave,
					t.caseCheckLookup
				]
			},
			on: {
				'choose.next': 'eligibilityDecision'
			}
		},
		eligibilityDecision: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['BN-74', 'BN-79'] },
					{ sources: ['BN-72'] },
					{ sources: ['BN-72'] }
				],
				canDo: [
					{ sources: ['BN-72'] }
				],
				uncertain: [
					{ sources: ['BN-72'] }
				],
				transfers: [
					t.benefitDecisionToYou
				]
			},
			on: {
				'choose.medicaid': 'afterMedicaid',
				'choose.snap': 'afterSnap',
				'choose.marketplace': 'afterMarketplace',
				'choose.cashAid': 'afterCashAid',
				'choose.denied': 'benefitDenied'
			}
		},
		afterMedicaid: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-48', 'BN-49'] },
					{ sources: ['BN-45'] },
					{ sources: ['BN-50'] },
					{ sources: ['BN-52', 'BN-51'] },
					{ sources: ['BN-51', 'BN-54'] },
					{ sources: ['BN-46', 'BN-47'] },
					{ sources: ['BN-53', 'BN-54', 'BN-55'] },
					{ sources: ['BN-55'] },
					{ sources: ['BN-56'] }
				],
				canDo: [
					{ sources: ['BN-46', 'BN-72'] },
					{ sources: ['BN-55'] }
				],
				uncertain: [
					{ sources: ['BN-50', 'BN-55'] },
					{ sources: ['BN-46'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.medicaidApplicationToState,
					t.enrollmentToTmsis,
					t.medicaidDataToIce
				]
			}
		},
		afterSnap: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-62'] },
					{ sources: ['BN-62'] },
					{ sources: ['BN-63'] },
					{ sources: ['BN-63'] },
					{ sources: ['BN-63'] }
				],
				canDo: [
					{ sources: ['BN-63'] },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-63'] },
					{ sources: ['BN-72'] }
				],
				transfers: [
					t.snapApplicationToState,
					t.snapStatusToSave,
					t.snapToLawEnforcement,
					t.snapRecordsToUsda,
					t.usdaToSave
				]
			}
		},
		afterMarketplace: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-44', 'BN-43'] },
					{ sources: ['BN-41', 'BN-42'] },
					{ sources: ['BN-45', 'BN-46'] },
					{ sources: ['BN-46'] }
				],
				canDo: [
					{ sources: ['BN-42'] }
				],
				uncertain: [
					{ sources: ['BN-41'], status: 'unverified' },
					{ sources: ['BN-72'] }
				],
				transfers: [
					t.marketplaceApplication,
					t.marketplaceToHub,
					t.hubToIrs
				]
			}
		},
		afterCashAid: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-59'] },
					{ sources: ['BN-60', 'BN-75'] },
					{ sources: ['BN-61'] },
					{ sources: ['BN-74'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-60'], status: 'unverified' },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.tanfReportToDhs,
					t.statusSharingToDhs,
					t.ssaToSave
				]
			}
		},
		benefitDenied: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: [], status: 'unverified' },
					{ sources: ['BN-31'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: []
			}
		},
		taxData: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['BN-64'] },
					{ sources: ['BN-64'] },
					{ sources: ['BN-64'] },
					{ sources: ['BN-66'] },
					{ sources: ['BN-66'] },
					{ sources: ['BN-65', 'BN-67'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['BN-65', 'BN-66', 'BN-67'] }
				],
				transfers: [
					t.iceRequestToIrs,
					t.irsAddressToIce
				]
			}
		}
	}
});
