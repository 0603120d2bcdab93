import { setup } from 'xstate';
import type { ChoiceEvent, StepMeta } from '../types';
import * as t from './transfers';

/** "My employer runs E-Verify": from the job offer to the end of the check, and who sees the records. */
export const eVerifyMachine = setup({
	types: { events: {} as ChoiceEvent, meta: {} as StepMeta }
}).createMachine({
	id: 'e-verify',
	initial: 'jobOffer',
	states: {
		jobOffer: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-24', 'EV-08'] },
					{ sources: ['EV-24', 'EV-44'] },
					{ sources: ['EV-05', 'EV-09'] },
					{ sources: ['EV-05', 'EV-09'] }
				],
				canDo: [
					{ sources: ['EV-09'] },
					{ sources: ['EV-05', 'EV-09'] }
				],
				uncertain: [
					{ sources: ['EV-44'] }
				],
				transfers: [
					t.noticesToYou
				]
			},
			on: {
				'choose.accepted': 'i9Section1',
				'choose.selfCheck': 'selfCheck',
				// Checking someone before a job offer (prescreening) is not allowed, so this goes to help.
				'choose.prescreened': 'reportProblem'
			}
		},
		selfCheck: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['EV-21'] },
					{ sources: ['EV-21'] },
					{ sources: ['EV-21', 'EV-26'] },
					{ sources: ['EV-22', 'EV-57'] }
				],
				canDo: [
					{ sources: ['EV-26'] },
					{ sources: [], status: 'unverified' }
				],
				uncertain: [
					{ sources: ['EV-22'] },
					{ sources: ['EV-28', 'EV-11'] }
				],
				transfers: [
					t.quizDataToIdentityCompany,
					t.quizResultToMyEVerify,
					t.selfCheckToMyEVerify,
					t.selfCheckToSsa,
					t.selfCheckToDhsRecords,
					t.selfCheckResultToYou,
					t.selfLockToMyEVerify
				]
			},
			on: {
				'choose.next': 'jobOffer'
			}
		},
		i9Section1: {
			meta: {
				kind: 'info',
				body: [
					{ sources: ['EV-42'] },
					{ sources: ['EV-42'] },
					{ sources: ['EV-06', 'EV-16'], status: 'unverified' },
					{ sources: ['EV-05', 'EV-39'] }
				],
				canDo: [
					{ sources: ['EV-06'] },
					{ sources: ['EV-42'] }
				],
				uncertain: [
					{ sources: ['EV-42'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.i9Section1ToEmployer
				]
			},
			on: {
				'choose.next': 'i9Section2'
			}
		},
		i9Section2: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-42', 'EV-10'] },
					{ sources: ['EV-05'] },
					{ sources: ['EV-10'] }
				],
				canDo: [
					{ sources: ['EV-40'] }
				],
				uncertain: [],
				transfers: [
					t.documentDetailsToEmployer,
					t.documentCopiesToEmployer
				]
			},
			on: {
				'choose.next': 'caseCreated',
				// Demanding specific documents can be document abuse, which IER handles.
				'choose.documentAbuse': 'reportProblem'
			}
		},
		caseCreated: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-05'] },
					{ sources: ['EV-31', 'EV-33'] },
					{ sources: ['EV-06', 'EV-16', 'EV-30'] },
					{ sources: ['EV-43', 'EV-01', 'EV-29', 'EV-64'] }
				],
				canDo: [
					{ sources: ['EV-03'] },
					{ sources: ['EV-05'] }
				],
				uncertain: [
					{ sources: ['EV-25'] },
					{ sources: ['EV-64'] }
				],
				transfers: [
					t.caseToEVerify,
					t.emailToEVerify,
					t.eVerifyToSsa,
					t.ssaCodeToEVerify,
					t.eVerifyToDhsRecords,
					t.rideToStateDmv,
					t.passportToPassportRecords,
					t.caseResultToEmployer
				]
			},
			on: {
				// Only after a green card, EAD, U.S. passport or passport card.
				'choose.photoMatch': 'photoMatch',
				'choose.authorized': 'employmentAuthorized',
				'choose.needsMoreTime': 'needsMoreTime',
				'choose.mismatch': 'mismatchNotice',
				// A number was typed wrong: the employer closes this case and creates a new one.
				'choose.resubmit': 'caseCreated'
			}
		},
		photoMatch: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-10'] },
					{ sources: ['EV-10', 'EV-23'] },
					{ sources: ['EV-10'] }
				],
				canDo: [
					{ sources: ['EV-10'] }
				],
				uncertain: [
					{ sources: ['EV-10'] }
				],
				transfers: [
					t.photoToEmployer,
					t.photoAnswerToEVerify,
					t.documentCopiesToEVerify
				]
			},
			on: {
				'choose.match': 'employmentAuthorized',
				'choose.noMatch': 'mismatchNotice'
			}
		},
		needsMoreTime: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-08'] },
					{ sources: ['EV-09'] }
				],
				canDo: [
					{ sources: ['EV-09'] }
				],
				uncertain: [],
				transfers: [
					t.caseToManualReview
				]
			},
			on: {
				'choose.authorized': 'employmentAuthorized',
				'choose.mismatch': 'mismatchNotice'
			}
		},
		employmentAuthorized: {
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-03'] },
					{ sources: ['EV-11', 'EV-12'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [],
				transfers: [
					t.caseNumberToEmployer
				]
			},
			on: {
				'choose.statusChange': 'statusChangeReport',
				'choose.whoCanSee': 'whoCanSeeRecords'
			}
		},
		mismatchNotice: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-06'] },
					{ sources: ['EV-14', 'EV-08'] },
					{ sources: ['EV-07', 'EV-14'] },
					{ sources: ['EV-14', 'EV-09', 'EV-08'] }
				],
				canDo: [
					{ sources: ['EV-15', 'EV-02', 'EV-09', 'EV-65'] },
					{ sources: ['EV-54'] },
					{ sources: ['EV-16'] }
				],
				uncertain: [],
				transfers: [
					t.noticeToEmployer,
					t.noticeToYou,
					t.decisionToEmployer,
					t.decisionToEVerify,
					t.mismatchEmailToYou
				]
			},
			on: {
				'choose.takeAction': 'referral',
				// No answer by the 10th federal government working day ends the same way as choosing no action.
				'choose.noAction': 'noAction',
				// Wrong details at the top of the notice: the employer closes the case and creates a new one.
				'choose.wrongInfo': 'caseCreated'
			}
		},
		// The referred case reaches SSA or DHS at the contact step for that agency, so the trail only names the agency on this path.
		referral: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-07', 'EV-09'] },
					{ sources: ['EV-07', 'EV-32', 'EV-08'] },
					{ sources: ['EV-09', 'EV-04', 'EV-13'] }
				],
				canDo: [
					{ sources: ['EV-07'] }
				],
				uncertain: [
					{ sources: ['EV-63'] }
				],
				transfers: [
					t.referralDateToYou
				]
			},
			on: {
				'choose.ssa': 'contactSsa',
				'choose.dhs': 'contactDhs',
				// A dual mismatch: the worker must contact both agencies.
				'choose.both': 'contactBoth',
				'choose.missedDeadline': 'finalNonconfirmation'
			}
		},
		contactSsa: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-32', 'EV-06'] },
					{ sources: ['EV-53'] }
				],
				canDo: [
					{ sources: ['EV-16'] }
				],
				uncertain: [
					{ sources: ['EV-53'] },
					{ sources: ['EV-18'] },
					{ sources: ['EV-50', 'EV-51'] }
				],
				transfers: [
					t.caseReferredToSsa,
					t.documentsToSsaOffice,
					t.correctedRecordToNumident,
					t.ssaResultToEVerify,
					t.caseResultToEmployer
				]
			},
			on: {
				'choose.fixed': 'employmentAuthorized',
				'choose.moreTime': 'caseInContinuance',
				'choose.notConfirmed': 'finalNonconfirmation'
			}
		},
		contactDhs: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-07', 'EV-16'] },
					{ sources: ['EV-07', 'EV-16'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.caseReferredToDhs,
					t.callDataToDhs,
					t.dhsResultToEVerify,
					t.caseResultToEmployer
				]
			},
			on: {
				'choose.fixed': 'employmentAuthorized',
				'choose.moreTime': 'caseInContinuance',
				'choose.notConfirmed': 'finalNonconfirmation'
			}
		},
		// A dual mismatch: the worker must do both, so its transfers are those of contactSsa and contactDhs together.
		contactBoth: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-08', 'EV-07'] },
					{ sources: ['EV-32', 'EV-06'] },
					{ sources: ['EV-07', 'EV-16'] }
				],
				canDo: [
					{ sources: ['EV-16'] },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['EV-53'] },
					{ sources: ['EV-18'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.caseReferredToSsa,
					t.documentsToSsaOffice,
					t.correctedRecordToNumident,
					t.ssaResultToEVerify,
					t.caseReferredToDhs,
					t.callDataToDhs,
					t.dhsResultToEVerify,
					t.caseResultToEmployer
				]
			},
			on: {
				'choose.fixed': 'employmentAuthorized',
				'choose.moreTime': 'caseInContinuance',
				'choose.notConfirmed': 'finalNonconfirmation'
			}
		},
		caseInContinuance: {
			meta: {
				kind: 'question',
				body: [
					{ sources: ['EV-02'] },
					{ sources: ['EV-02'] },
					{ sources: ['EV-02'] }
				],
				canDo: [
					{ sources: ['EV-02', 'EV-09'] }
				],
				uncertain: [],
				transfers: [
					t.continuanceUpdatesToEmployer
				]
			},
			on: {
				'choose.authorized': 'employmentAuthorized',
				'choose.notConfirmed': 'finalNonconfirmation',
				'choose.resubmit': 'caseCreated'
			}
		},
		noAction: {
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-07'] },
					{ sources: ['EV-13', 'EV-14'] },
					{ sources: ['EV-11'] }
				],
				canDo: [
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.noActionClosureToEVerify
				]
			},
			on: {
				'choose.whoCanSee': 'whoCanSeeRecords'
			}
		},
		finalNonconfirmation: {
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-04', 'EV-13'] },
					{ sources: ['EV-04', 'EV-55'] },
					{ sources: ['EV-13', 'EV-03'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: ['EV-26'] },
					{ sources: ['EV-18'] },
					{ sources: ['EV-41', 'EV-16'] }
				],
				uncertain: [
					{ sources: ['EV-37', 'EV-38'] }
				],
				transfers: [
					t.finalResultToEmployer,
					t.finalClosureToEVerify
				]
			},
			on: {
				'choose.reportProblem': 'reportProblem',
				'choose.whoCanSee': 'whoCanSeeRecords'
			}
		},
		statusChangeReport: {
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-45', 'EV-17'] },
					{ sources: ['EV-44', 'EV-45', 'EV-17'] },
					{ sources: ['EV-45', 'EV-47'] },
					{ sources: ['EV-46'] }
				],
				canDo: [
					{ sources: ['EV-45'] },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: ['EV-46'] },
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.statusChangeReportToEmployer,
					t.supplementBToEmployer
				]
			},
			on: {
				'choose.reportProblem': 'reportProblem',
				'choose.whoCanSee': 'whoCanSeeRecords'
			}
		},
		whoCanSeeRecords: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-62', 'EV-38'] },
					{ sources: ['EV-37', 'EV-36'] },
					{ sources: ['EV-52', 'EV-39'] },
					{ sources: ['EV-27'] }
				],
				canDo: [
					{ sources: ['BN-76'] }
				],
				uncertain: [
					{ sources: ['EV-27'] },
					{ sources: ['EV-34'], status: 'unverified' },
					{ sources: ['EV-52'] }
				],
				transfers: [
					t.usageToMonitoring,
					t.referralToIce,
					t.referralToIer,
					t.inspectionToIce,
					t.inspectionToIer,
					t.inspectionToDol,
					t.historicRecordsToEmployer
				]
			}
		},
		reportProblem: {
			type: 'final',
			meta: {
				kind: 'outcome',
				body: [
					{ sources: ['EV-40', 'EV-05', 'EV-09'] },
					{ sources: ['EV-40'] },
					{ sources: ['EV-41', 'EV-61'] },
					{ sources: ['EV-16', 'EV-65'] }
				],
				canDo: [
					{ sources: [], status: 'advice' },
					{ sources: [], status: 'advice' }
				],
				uncertain: [
					{ sources: [], status: 'unverified' }
				],
				transfers: [
					t.complaintToIer,
					t.complaintToDhs
				]
			}
		}
	}
});
