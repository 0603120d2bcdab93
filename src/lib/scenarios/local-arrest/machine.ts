import { setup } from 'xstate';
import type { ChoiceEvent, StepMeta } from '../types';
import * as t from './transfers';

/**
 * "Stopped or arrested by local police": from the stop, through booking, the fingerprint checks and the
 * court case, to release or ICE custody. The graph follows the dossier's step graph (section 1); what
 * depends on the place (287(g), detainers) is asked where it changes the path.
 */
export const localArrestMachine = setup({
	types: { events: {} as ChoiceEvent, meta: {} as StepMeta }
}).createMachine({
	id: 'local-arrest',
	initial: 'policeStop',
	states: {
		policeStop: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-42'] },
					{ sources: ['LA-42'] },
					{ sources: ['LA-37', 'LA-39', 'LA-40'] },
					{ sources: ['LA-35', 'LA-36'] },
					{ sources: ['LA-55', 'LA-67'] },
					{ sources: ['LA-108'] }
				],
				canDo: [
					{ sources: ['LA-103', 'LA-104'] },
					{ sources: ['LA-103', 'LA-104'] },
					{ sources: ['LA-103', 'LA-104'] },
					{ sources: ['LA-42'] },
					{ sources: ['LA-104'] }
				],
				uncertain: [
					{ sources: ['LA-77', 'LA-83'] },
					{ sources: ['LA-68', 'LA-69', 'LA-75'] },
					{ sources: ['LA-83', 'LA-61'] },
					{ sources: ['LA-108'] }
				],
				transfers: [
					t.stopToStateDmv,
					t.stopToNcic,
					t.policeIaqToLesc,
					t.faceScanToCbp,
					t.faceScanResultToOfficer
				]
			},
			on: {
				'choose.warning': 'releasedAtScene',
				'choose.recordHit': 'immigrationRecordHit',
				'choose.citation': 'citationAndRelease',
				'choose.arrested': 'booking'
			}
		},
		immigrationRecordHit: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-08', 'LA-39'] },
					{ sources: ['LA-39', 'LA-40'] },
					{ sources: ['LA-39'] },
					{ sources: ['LA-34'] },
					{ sources: ['LA-80', 'LA-40'] }
				],
				canDo: [
					{ sources: ['LA-104'] },
					{ sources: [], status: 'unverified' }
				],
				uncertain: [
					{ sources: ['LA-41'] },
					{ sources: ['LA-39', 'LA-40'] }
				],
				transfers: [
					t.lescRecordToNcic,
					t.ncicHitToPolice,
					t.hitConfirmationToLesc,
					t.hitConfirmationToEro,
					t.locationToIce
				]
			},
			on: {
				// Places that do not allow holding people only on a civil ICE record.
				'choose.letGo': 'releasedAtScene',
				'choose.citation': 'citationAndRelease',
				// Places where police contact ICE on these alerts and wait for it.
				'choose.iceCame': 'iceCustody',
				'choose.arrested': 'booking'
			}
		},
		// The dossier's “miss court → warrant → booking” branch is unsourced, so it is a warning here, not a choice.
		citationAndRelease: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['LA-15'] },
					{ sources: [], status: 'unverified' },
					{ sources: ['LA-94', 'LA-33'] }
				],
				canDo: [
					{ sources: [], status: 'unverified' },
					{ sources: ['LA-88'] }
				],
				uncertain: [
					{ sources: ['LA-75'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.courtRecordToBrokers,
					t.brokerCourtDataToIce
				]
			},
			on: {
				'choose.next': 'courtCase'
			}
		},
		// The dossier's other booking questions (birthplace, consulate) do not change the path, so they are in the words, not choices.
		booking: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-42', 'LA-53'] },
					{ sources: ['LA-35', 'LA-75', 'LA-83'] },
					{ sources: ['LA-94', 'LA-33'] },
					{ sources: ['LA-95', 'LA-96'] },
					{ sources: ['LA-55', 'LA-61'] }
				],
				canDo: [
					{ sources: ['LA-103', 'LA-104'] },
					{ sources: ['LA-104'] },
					{ sources: ['LA-78', 'LA-109'] },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['LA-83', 'LA-82'] },
					{ sources: ['LA-76', 'LA-77'] },
					{ sources: ['LA-75', 'LA-74'] },
					{ sources: ['LA-94'] }
				],
				transfers: [
					t.bookingDetailsToJail,
					t.chargesToJail,
					t.birthplaceToJail,
					t.jailIaqToLesc,
					t.bookingToBrokers,
					t.brokerBookingDataToIce,
					t.consulateNotice
				]
			},
			on: {
				'choose.yes287g': 'jail287gScreening',
				'choose.no287g': 'fingerprintsToStateAndFbi'
			}
		},
		fingerprintsToStateAndFbi: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['LA-17'] },
					{ sources: ['LA-17', 'LA-52'] },
					{ sources: ['LA-17'] },
					{ sources: ['LA-51', 'LA-50'] }
				],
				canDo: [
					{ sources: ['LA-97', 'LA-98'] }
				],
				uncertain: [
					{ sources: ['LA-50', 'LA-51'] }
				],
				transfers: [
					t.fingerprintsToSib,
					t.fingerprintsToNgi,
					t.rapSheetToSib,
					t.rapSheetToJail
				]
			},
			on: {
				'choose.next': 'dhsFingerprintCheck'
			}
		},
		dhsFingerprintCheck: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-15', 'LA-21'] },
					{ sources: ['LA-43', 'LA-45'] },
					{ sources: ['LA-14', 'LA-23', 'LA-24', 'LA-22', 'LA-20'] },
					{ sources: ['LA-29', 'LA-110'] },
					{ sources: ['LA-45', 'LA-46', 'LA-47'] }
				],
				canDo: [
					{ sources: ['LA-29'] }
				],
				uncertain: [
					{ sources: ['LA-14', 'LA-23'] },
					{ sources: ['LA-24', 'LA-26', 'LA-27'] },
					{ sources: ['LA-22', 'LA-20', 'LA-29'] },
					{ sources: ['LA-45', 'LA-46', 'LA-47', 'LA-48'] },
					{ sources: ['LA-46', 'LA-111'] }
				],
				transfers: [
					t.fingerprintsToIdent,
					t.identResponseToNgi,
					t.identResponseToSib,
					t.identResponseToJail
				]
			},
			on: {
				'choose.match': 'iceReview',
				'choose.noMatch': 'noDhsMatch'
			}
		},
		// The name question and the booking data for data companies moved at booking; they are not shown twice.
		noDhsMatch: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-15'] },
					{ sources: ['LA-35', 'LA-20', 'LA-55', 'LA-94'] },
					{ sources: ['LA-10'] }
				],
				canDo: [
					{ sources: ['LA-103'] }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.jailRosterToIce,
					t.jailInterviewToIce
				]
			},
			on: {
				'choose.iceFoundOut': 'iceReview',
				'choose.iceDidNotAct': 'courtCase'
			}
		},
		// Reached after a fingerprint match or after ICE found out another way; the match alert is drawn here because it moves only after a match.
		iceReview: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-30', 'LA-33', 'LA-34'] },
					{ sources: ['LA-33', 'LA-35'] },
					{ sources: ['LA-12', 'LA-13'] }
				],
				canDo: [
					{ sources: ['LA-103', 'LA-104'] }
				],
				uncertain: [
					{ sources: ['LA-33', 'LA-31'] }
				],
				transfers: [
					t.matchAlertToLesc,
					t.matchAlertToEro,
					t.ncicToLesc,
					t.iiiToLesc,
					t.immigrationFilesToLesc,
					t.iarToEro,
					t.iarToJail
				]
			},
			on: {
				'choose.detainer': 'detainerLodged',
				// A request only to be told of the release date is not a hold, so it goes on to court.
				'choose.noDetainer': 'courtCase'
			}
		},
		jail287gScreening: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-02', 'LA-57', 'LA-56'] },
					{ sources: ['LA-55', 'LA-60', 'LA-59'] },
					{ sources: ['LA-55', 'LA-59'] },
					{ sources: ['LA-58', 'LA-59', 'LA-67'] },
					{ sources: ['LA-61', 'LA-62', 'LA-63'] },
					{ sources: ['LA-64', 'LA-66', 'LA-67'] },
					{ sources: ['LA-15', 'LA-29'] }
				],
				canDo: [
					{ sources: ['LA-103', 'LA-104'] },
					{ sources: ['LA-103'] }
				],
				uncertain: [
					{ sources: ['LA-83'] },
					{ sources: ['LA-64', 'LA-66', 'LA-75', 'LA-74', 'LA-72'] },
					{ sources: ['LA-61'] }
				],
				transfers: [
					t.interviewToOfficer287g,
					t.interviewToEid,
					t.immigrationRecordsToOfficer287g,
					t.officer287gPapersToIce,
					t.officer287gNtaToYou
				]
			},
			on: {
				'choose.detainer': 'detainerLodged',
				// The dossier sends “no action” to court; it goes through the fingerprint steps first, because in every jail the fingerprints go to the FBI and DHS (dossier step 4: “always”).
				'choose.noAction': 'fingerprintsToStateAndFbi'
			}
		},
		detainerLodged: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-11', 'LA-12', 'LA-13'] },
					{ sources: ['LA-06'] },
					{ sources: ['LA-12', 'LA-11'] },
					{ sources: ['LA-09', 'LA-113', 'LA-08'] },
					{ sources: ['LA-11', 'LA-85'] },
					{ sources: ['LA-89'] }
				],
				canDo: [
					{ sources: ['LA-11'] },
					{ sources: ['LA-102'] },
					{ sources: ['LA-85', 'LA-87'] },
					{ sources: ['LA-78', 'LA-109'] },
					{ sources: ['LA-69', 'LA-68'] }
				],
				uncertain: [
					{ sources: ['LA-68', 'LA-71', 'LA-75', 'LA-76', 'LA-80', 'LA-83'] },
					{ sources: ['LA-71'] },
					{ sources: ['LA-89'] }
				],
				transfers: [
					t.detainerToJail,
					t.detainerCopyToYou,
					t.releaseDateToIce,
					t.detainerToNcic
				]
			},
			on: {
				'choose.bail': 'bailDecision',
				'choose.noBail': 'courtCase'
			}
		},
		// The dossier's row on the payer's details has no source, so it is not drawn.
		bailDecision: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-105', 'LA-102'] },
					{ sources: ['LA-105', 'LA-102'] },
					{ sources: ['LA-84'] },
					{ sources: ['LA-105'] }
				],
				canDo: [
					{ sources: ['LA-105'] },
					{ sources: ['LA-84', 'LA-105'] }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.bailReleaseNoticeToIce
				]
			},
			on: {
				'choose.paid': 'releasePoint',
				'choose.notPaid': 'courtCase'
			}
		},
		// The dossier's row “what you tell your lawyer” has no source, so it is not drawn; its confidentiality is an unverified claim.
		courtCase: {
			meta: {
				kind: 'question',
				body: [
					{ sources: [], status: 'unverified' },
					{ sources: ['LA-90'] },
					{ sources: ['LA-91'] },
					{ sources: ['LA-88'] }
				],
				canDo: [
					{ sources: ['LA-88'] },
					{ sources: [], status: 'unverified' },
					{ sources: [], status: 'unverified' },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['LA-82'] },
					{ sources: ['LA-86'] }
				],
				transfers: [
					t.courtRecordToIce,
					t.courtRecordToBrokers,
					t.brokerCourtDataToIce,
					t.immigrationAdviceToYou
				]
			},
			on: {
				'choose.dropped': 'chargesDropped',
				'choose.convicted': 'conviction'
			}
		},
		chargesDropped: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['LA-51', 'LA-45'] },
					{ sources: ['LA-99'] },
					{ sources: ['LA-89'] }
				],
				canDo: [
					{ sources: ['LA-97', 'LA-98', 'LA-99'] },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['LA-89'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.courtOutcomeToSib,
					t.courtOutcomeToNgi
				]
			},
			on: {
				'choose.next': 'releasePoint'
			}
		},
		conviction: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-51'] },
					{ sources: ['LA-20'] },
					{ sources: ['LA-93', 'LA-92'] }
				],
				canDo: [
					{ sources: ['LA-88'] },
					{ sources: ['LA-88'] }
				],
				uncertain: [
					{ sources: ['LA-93', 'LA-92', 'LA-83'] }
				],
				transfers: [
					t.courtOutcomeToSib,
					t.courtOutcomeToNgi,
					t.presentenceToIce,
					t.inmateReleaseToIce
				]
			},
			on: {
				'choose.probation': 'probation',
				'choose.jailTime': 'releasePoint'
			}
		},
		probation: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-93', 'LA-92'] },
					{ sources: ['LA-92'] },
					{ sources: ['LA-83'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.probationToIce
				]
			},
			on: {
				'choose.finished': 'releasedNoIce',
				'choose.iceArrest': 'iceCustody'
			}
		},
		releasePoint: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['LA-13', 'LA-29'] },
					{ sources: ['LA-05', 'LA-06'] },
					{ sources: ['LA-84', 'LA-85', 'LA-86'] },
					{ sources: ['LA-68', 'LA-71', 'LA-75', 'LA-06'] },
					{ sources: ['LA-76', 'LA-80', 'LA-83', 'LA-86', 'LA-20'] },
					{ sources: ['LA-03', 'LA-04'] }
				],
				canDo: [
					{ sources: ['LA-06', 'LA-84'] },
					{ sources: ['LA-103'] }
				],
				uncertain: [
					{ sources: ['LA-29'] },
					{ sources: ['LA-27', 'LA-28'] }
				],
				transfers: [
					t.releaseNoticeToIce,
					t.releaseTimeToYou,
					t.custodyTransferToIce
				]
			},
			on: {
				'choose.noDetainer': 'releasedNoIce',
				// Places that follow detainers, when ICE comes within the hold time.
				'choose.icePickup': 'iceCustody',
				// Places that follow detainers: the jail must let you go when the hold time ends.
				'choose.iceLate': 'releasedNoIce',
				// Places that limit detainers release you on time.
				'choose.placeLimits': 'releasedNoIce'
			}
		},
		// The dossier's end: a later “immigration detention” walk-through would start here.
		iceCustody: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['LA-54'] },
					{ sources: [], status: 'unverified' },
					{ sources: ['LA-112'] }
				],
				canDo: [
					{ sources: ['LA-103'] },
					{ sources: ['LA-103'] },
					{ sources: ['LA-95'] }
				],
				uncertain: [],
				transfers: [
					t.iceCaseToEid,
					t.detaineeLocatorListing,
					t.biometricsToIdent
				]
			}
		},
		// No new data moves; the words list what stays behind from earlier steps.
		releasedNoIce: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['LA-51', 'LA-43', 'LA-94'] },
					{ sources: ['LA-29', 'LA-94'] },
					{ sources: ['LA-97', 'LA-100'] }
				],
				canDo: [
					{ sources: ['LA-97', 'LA-98', 'LA-99'] },
					{ sources: ['LA-100'] },
					{ sources: ['LA-100'] },
					{ sources: ['LA-101'] },
					{ sources: [], status: 'unverified' }
				],
				uncertain: [],
				transfers: []
			}
		},
		// The dossier's row on the stop report and body-camera video has no source, so it is not drawn; the words say it is unverified.
		releasedAtScene: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: [], status: 'unverified' },
					{ sources: ['LA-34', 'LA-40'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: [], status: 'advice' }
				],
				uncertain: [],
				transfers: []
			}
		}
	}
});
