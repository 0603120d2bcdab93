/** Sources from the E-Verify dossier (shared/content/e-verify.md, section 4), as listed there. */
import type { Source } from '../types';

export const eVerifySources: Source[] = [
	{
		id: 'EV-01',
		title: 'E-Verify User Manual, 3.0 Case Results',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/e-verify-user-manual/30-case-results',
		kind: 'primary'
	},
	{
		id: 'EV-02',
		title: 'E-Verify manual 3.4 Case In Continuance',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/es/node/2808',
		kind: 'primary'
	},
	{
		id: 'EV-03',
		title: 'E-Verify manual 4.1 Close Case',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/es/node/2815',
		kind: 'primary'
	},
	{
		id: 'EV-04',
		title: 'E-Verify page "4.6 Final Nonconfirmation"',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/es/node/3719',
		kind: 'primary'
	},
	{
		id: 'EV-05',
		title: 'E-Verify User Manual for Corporate Administrators, 1.5 User Rules and Responsibilities',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/e-verify-user-manual-for-corporate-administrators-10-introduction/15-user-rules-and',
		kind: 'primary'
	},
	{
		id: 'EV-06',
		title: 'DHS and SSA Mismatches (employer page)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/employers/verification-process/tentative-nonconfirmations/dhs-and-ssa-mismatches',
		kind: 'primary'
	},
	{
		id: 'EV-07',
		title: 'How to Process a Tentative Nonconfirmation (Mismatch) (employee page)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/employees/tentative-nonconfirmation-overview/how-to-correct-a-tentative-nonconfirmation',
		kind: 'primary'
	},
	{
		id: 'EV-08',
		title: 'Tentative Nonconfirmations (Mismatches) (employer page)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/employers/verification-process/tentative-nonconfirmations-mismatches',
		kind: 'primary'
	},
	{
		id: 'EV-09',
		title: 'Employee Rights and Responsibilities',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/node/933',
		kind: 'primary'
	},
	{
		id: 'EV-10',
		title: 'Photo Matching',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/employers/verification-process/photo-matching',
		kind: 'primary'
	},
	{
		id: 'EV-11',
		title: 'E-Verify Records Retention and Disposal Fact Sheet',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/e-verify-records-retention-and-disposal-fact-sheet',
		kind: 'primary'
	},
	{
		id: 'EV-12',
		title: 'E-Verify Enhancements — September 2014 (annual deletion)',
		publisher: 'USCIS / E-Verify',
		published: '2014-09', // shown as "Sept 2014"
		url: 'https://www.e-verify.gov/about-e-verify/e-verify-data/e-verify-enhancements/september-2014',
		kind: 'primary'
	},
	{
		id: 'EV-13',
		title: 'Self-Assessment Guide 3.5 Final Nonconfirmation Case Checklist',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/self-assessment-guide-for-e-verify-direct-access-users-30-self-assessment-checklists/35-final',
		kind: 'primary'
	},
	{
		id: 'EV-14',
		title: 'Quick Reference Guide 4.3 Tentative Nonconfirmation (Mismatch)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/e-verify-quick-reference-guide-for-employers-40-case-results/43-tentative-nonconfirmation-mismatch',
		kind: 'primary'
	},
	{
		id: 'EV-15',
		title: 'Supplemental Guide for E-Verify Employer Agents 3.1.1',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/supplemental-guide-for-e-verify-employer-agents-30-e-verify-process-overview-31-case-results/311',
		kind: 'primary'
	},
	{
		id: 'EV-16',
		title: 'E-Verify Questions and Answers (page 4)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/about-e-verify/questions-and-answers?tid=All&combine=&page=4',
		kind: 'primary'
	},
	{
		id: 'EV-17',
		title: 'EAD Revocation Guidance for E-Verify Employers',
		publisher: 'USCIS / E-Verify',
		published: '2025', // shown as "2025 (data dates June–Aug 2025)"
		url: 'https://www.e-verify.gov/es/node/7437',
		kind: 'primary'
	},
	{
		id: 'EV-18',
		title: 'Alert: Employer Action Required – E-Verify Mismatch Case Issue',
		publisher: 'USCIS / E-Verify',
		published: '2025', // shown as "2025"
		url: 'https://www.e-verify.gov/es/node/7491',
		kind: 'primary'
	},
	{
		id: 'EV-19',
		title: 'FAQ: How will E-Verify+ work for an employee?',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/faq/how-will-e-verify-work-for-an-employee',
		kind: 'primary'
	},
	{
		id: 'EV-20',
		title: 'E-Verify+ guide (overview)',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/es/node/3628',
		kind: 'primary'
	},
	{
		id: 'EV-21',
		title: 'myE-Verify Questions and Answers',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://www.e-verify.gov/mye-verify/questions-and-answers?page=2',
		mirrors: ["https://www.e-verify.gov/mye-verify/questions-and-answers?tid=All&combine=&page=2"],
		kind: 'primary'
	},
	{
		id: 'EV-22',
		title: 'Self Lock',
		publisher: 'USCIS / E-Verify (preview site)',
		published: null, // shown as "n.d."
		url: 'https://preview.e-verify.gov/mye-verify/self-lock',
		kind: 'primary'
	},
	{
		id: 'EV-23',
		title: "FAQ: My employee's photo appeared…",
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/e-verify/questions-and-answers/faq/employees-photo-appeared-while-i-was-creating-their-case-e-verify-what-should-i-do',
		kind: 'primary'
	},
	{
		id: 'EV-24',
		title: 'Privacy Impact Assessment for the E-Verify Program',
		publisher: 'DHS / USCIS',
		published: '2010-05-04', // shown as "May 4, 2010"
		url: 'https://omb.report/icr/201304-1615-002/doc/39674801',
		kind: 'primary'
	},
	{
		id: 'EV-25',
		title: 'PIA Update for the E-Verify Program, DHS/USCIS/PIA-030(d)',
		publisher: 'DHS / USCIS',
		published: '2012-07-27', // shown as "July 27, 2012"
		url: 'https://omb.report/icr/202310-1615-002/doc/136024000',
		kind: 'primary'
	},
	{
		id: 'EV-26',
		title: 'Privacy Impact Assessment for E-Verify Self Check',
		publisher: 'DHS / USCIS',
		published: '2011-03-04', // shown as "March 4, 2011"
		url: 'https://docplayer.net/14770147-Privacy-impact-assessment-for-the-e-verify-self-check-march-4-2011.html',
		kind: 'primary'
	},
	{
		id: 'EV-27',
		title: 'DHS/USCIS-011 E-Verify Program SORN, 84 FR 28326',
		publisher: 'DHS',
		published: '2019-06-18', // shown as "June 18, 2019"
		url: 'https://omb.report/icr/202305-1615-001/doc/131726601',
		kind: 'primary'
	},
	{
		id: 'EV-28',
		title: 'DHS/USCIS-011 E-Verify Program SORN, 79 FR 46852',
		publisher: 'DHS',
		published: '2014-08-11', // shown as "Aug 11, 2014"
		url: 'https://omb.report/icr/201610-1615-024/doc/68779001',
		kind: 'primary'
	},
	{
		id: 'EV-29',
		title: 'DHS/USCIS-011 E-Verify Program SORN, 78 FR 43893',
		publisher: 'DHS',
		published: '2013-07-22', // shown as "July 22, 2013"
		url: 'http://www.gpo.gov/fdsys/pkg/FR-2013-07-22/html/2013-17451.htm',
		kind: 'primary'
	},
	{
		id: 'EV-30',
		title: 'DHS/USCIS-011 E-Verify Program SORN, 76 FR 26738',
		publisher: 'DHS',
		published: '2011-05-09', // shown as "May 9, 2011"
		url: 'https://regulations.justia.com/regulations/fedreg/2011/05/09/2011-11291.html',
		kind: 'primary'
	},
	{
		id: 'EV-31',
		title: 'Data catalog entry "E-Verify" (US-GOV-SSA-693)',
		publisher: 'SSA (data.gov)',
		published: '2017-12-19', // shown as "modified 2017-12-19"
		url: 'https://catalog.data.gov/harvest_record/d063fd35-1a60-4660-b431-f165b7f9d8f6/raw',
		kind: 'primary'
	},
	{
		id: 'EV-32',
		title: 'SSA POMS section on E-Verify TNCs',
		publisher: 'SSA',
		published: null, // shown as "n.d."
		url: 'https://secure.ssa.gov/poms.nSf/lnx/0110250010',
		kind: 'primary'
	},
	{
		id: 'EV-33',
		title: 'SSA SORN 60-0058 Master Files of SSN Holders and SSN Applications, 87 FR 263',
		publisher: 'SSA',
		published: '2022-01-04', // shown as "Jan 4, 2022"
		url: 'https://regulations.justia.com/regulations/fedreg/2022/01/04/2021-28490.html',
		kind: 'primary'
	},
	{
		id: 'EV-34',
		title: 'IIRIRA §404 text (Pub. L. 104-208)',
		publisher: 'OMB record / U.S. Statutes at Large (Wikisource)',
		published: '1996', // shown as "1996 (document posted with 2023 ICR)"
		url: 'https://omb.report/icr/202310-1615-002/doc/136022700',
		mirrors: ["https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_110_Part_4.djvu/827"],
		kind: 'primary'
	},
	{
		id: 'EV-35',
		title: 'E-Verify Employer MOU',
		publisher: 'DHS (OMB record)',
		published: '2009-09', // shown as "Sept 2009 version"
		url: 'https://omb.report/icr/201110-1615-001/doc/28145501',
		kind: 'primary'
	},
	{
		id: 'EV-36',
		title: 'Can E-Verify "Self-Assessment" Help an Employer?',
		publisher: 'National Law Review',
		published: '2012-08-02', // shown as "Aug 2, 2012"
		url: 'https://natlawreview.com/article/can-e-verify-self-assessment-help-employer',
		kind: 'secondary'
	},
	{
		id: 'EV-37',
		title: 'E-Verify Monitoring and Compliance',
		publisher: 'Equifax Workforce Solutions (blog)',
		published: '2020', // shown as "re: Nov 30, 2020"
		url: 'https://workforce.equifax.com/all-press/-/story/e-verify-monitoring-and-compliance',
		kind: 'secondary'
	},
	{
		id: 'EV-38',
		title: 'USCIS Branch Quietly Turning E-Verify Mistakes into DOJ, ICE Enforcement Actions',
		publisher: 'Franczek Radelet via JD Supra',
		published: null, // shown as "n.d. (c. 2014)"
		url: 'http://www.jdsupra.com/legalnews/uscis-branch-quietly-turning-e-verify-mi-99492/',
		kind: 'secondary'
	},
	{
		id: 'EV-39',
		title: 'Handbook for Employers M-274, 10.0 Retaining Form I-9',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/i-9-central/form-i-9-resources/handbook-for-employers-m-274/100-retaining-form-i-9',
		kind: 'primary'
	},
	{
		id: 'EV-40',
		title: 'IER Frequently Asked Questions',
		publisher: 'U.S. Dept. of Justice',
		published: null, // shown as "n.d."
		url: 'https://www.justice.gov/crt/frequently-asked-questions-faqs',
		kind: 'primary'
	},
	{
		id: 'EV-41',
		title: 'The Immigrant and Employee Rights Hotline for I-9 and E-Verify Violations',
		publisher: 'Higher Advantage (resettlement blog)',
		published: null, // shown as "n.d."
		url: 'http://higheradvantage.org/tag/workers-rights/',
		kind: 'secondary'
	},
	{
		id: 'EV-42',
		title: 'Form I-9, Employment Eligibility Verification (edition expiring 07/31/2026)',
		publisher: 'USCIS (copy attached on GitHub)',
		published: null, // the edition expires 07/31/2026; no issue date shown
		url: 'https://github.com/user-attachments/files/16629026/Registration.2024.pdf',
		kind: 'primary'
	},
	{
		id: 'EV-43',
		title: '"Worksite Enforcement" (International Law Quarterly, Spring 2017, p. 35)',
		publisher: 'Florida Bar International Law Section',
		published: '2017', // shown as "Spring 2017"
		url: 'https://issuu.com/ilsflbar/docs/il-2017-spring_-_final/35',
		kind: 'secondary'
	},
	{
		id: 'EV-44',
		title: 'End of E-Verify alerts for terminated work authorization shifts burden to employers',
		publisher: 'HRLaws (Employment Law Letter)',
		published: '2025', // shown as "2025 (re: June 20, 2025)"
		url: 'https://hrlaws.com/employment-law-letter/end-e-verify-alerts-terminated-work-authorization-shifts-burden-employers',
		kind: 'secondary'
	},
	{
		id: 'EV-45',
		title: 'E-Verify Begins Notifying U.S. Employers of Terminations Under the CHNV Parole Program',
		publisher: 'National Law Review',
		published: '2025-06-27', // shown as "June 27, 2025"
		url: 'https://natlawreview.com/article/e-verify-begins-notifying-us-employers-terminations-under-chnv-parole-program',
		kind: 'secondary'
	},
	{
		id: 'EV-46',
		title: 'USCIS Issues FAQs on E-Verify Status Change Report and EAD Revocations',
		publisher: 'Equifax Workforce Solutions',
		published: '2025', // shown as "2025"
		url: 'https://workforce.equifax.com/all-press/-/story/uscis-issues-faqs-on-e-verify-status-change-report-and-ead-revocations-key-updates-for-employers',
		kind: 'secondary'
	},
	{
		id: 'EV-47',
		title: 'Employers Advised to Use New E-Verify Report to Check for Revoked EADs',
		publisher: 'MedNet Concepts (blog)',
		published: '2025', // shown as "2025"
		url: 'https://mednetconcepts.blog/employers-advised-to-use-new-e-verify-report-to-check-for-revoked-eads/',
		kind: 'secondary'
	},
	{
		id: 'EV-48',
		title: 'What To Know About E-Verify+',
		publisher: 'Mondaq',
		published: '2024-12-03', // shown as "Dec 3, 2024"
		url: 'https://www.mondaq.com/unitedstates/work-visas/1552724/what-to-know-about-everify',
		kind: 'secondary'
	},
	{
		id: 'EV-49',
		title: 'E-Verify+ information sheets listing',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/taxonomy/term/525?page=1',
		kind: 'primary'
	},
	{
		id: 'EV-50',
		title: 'Social Security classifying immigrants as dead',
		publisher: 'CBS News',
		published: '2025-04-10', // shown as "Apr 10, 2025"
		url: 'https://www.cbsnews.com/news/social-security-dead-immigrants-temporary-legal-status/',
		kind: 'secondary'
	},
	{
		id: 'EV-51',
		title: 'Social Security Backs Off Listing Living Migrants as Dead',
		publisher: 'DNYUZ (NYT syndication)',
		published: '2025-07-01', // shown as "July 1, 2025"
		url: 'https://dnyuz.com/2025/07/01/social-security-backs-off-listing-living-migrants-as-dead',
		kind: 'secondary'
	},
	{
		id: 'EV-52',
		title: 'Immigration enforcement underway: preparing for I-9 inspections and site visits',
		publisher: 'Reed Smith',
		published: '2025-02', // shown as "Feb 2025"
		url: 'https://www.reedsmith.com/en/perspectives/2025/02/immigration-enforcement-underway-preparing-i-9-inspections-and-site-visits',
		kind: 'secondary'
	},
	{
		id: 'EV-53',
		title: 'AILA Questions From April 8, 2009 E-Verify Presentation (AILA Doc. 09062461)',
		publisher: 'AILA (copy on pdfslide)',
		published: '2009-06-24', // shown as "posted June 24, 2009"
		url: 'https://pdfslide.us/documents/aila-questions-from-april-8-2009-e-verify-presentation-in-seattle-aila-infonet.html',
		kind: 'secondary'
	},
	{
		id: 'EV-54',
		title: 'E-Verify Requirement – Employer Action Required on TNCs within 10 Federal Government Working Days',
		publisher: 'USCIS / E-Verify',
		published: '2020-11', // shown as "Nov 2020"
		url: 'https://e-verify.gov/about-e-verify/whats-new/e-verify-requirement-employer-action-required-on-tentative',
		kind: 'primary'
	},
	{
		id: 'EV-55',
		title: 'E-Verify Glossary ("F")',
		publisher: 'USCIS / E-Verify',
		published: null, // shown as "n.d."
		url: 'https://e-verify.gov/glossary?topic_id=f',
		kind: 'primary'
	},
	{
		id: 'EV-57',
		title: 'Protect Your Employment Identity with Self Lock (archived blog)',
		publisher: 'USCIS',
		published: '2016-02', // shown as "Feb 2016"
		url: 'https://www.uscis.gov/archive/blog/2016/02/protect-your-employment-identity-with',
		kind: 'primary'
	},
	{
		id: 'EV-58',
		title: "DHS Using Data-Mining Techniques to Monitor Employers' E-Verify Data",
		publisher: 'Alston & Bird',
		published: '2014-02-12', // shown as "Feb 12, 2014"
		url: 'https://www.alston.com/en/insights/publications/2014/02/ilabor--employment-advisoryi-department-of-homelan',
		kind: 'secondary'
	},
	{
		id: 'EV-59',
		title: '8 U.S.C. 1324a (text, laws in effect Jan 2, 2001)',
		publisher: 'U.S. Dept. of Justice (GPO text)',
		published: '2001', // shown as "2001"
		url: 'http://www.usdoj.gov/crt/osc/ref/8usc1324a.htm',
		kind: 'primary'
	},
	{
		id: 'EV-60',
		title: 'PIA: Employment Eligibility Verification Requirements Under the Form I-9',
		publisher: 'DHS / USCIS',
		published: '2011-04-15', // shown as "Apr 15, 2011"
		url: 'https://omb.report/icr/201208-1615-005/doc/34431001',
		kind: 'primary'
	},
	{
		id: 'EV-61',
		title: 'Telephone Interventions',
		publisher: 'U.S. Dept. of Justice, IER',
		published: null, // shown as "n.d. (notes rename Jan 18, 2017)"
		url: 'https://justice.gov/crt/telephone-interventions',
		kind: 'primary'
	},
	{
		id: 'EV-62',
		title: 'DHS Proposes To Expand E-Verify Monitoring and Compliance Efforts',
		publisher: 'Mark A. Ivener law corp.',
		published: '2009-06-25', // shown as "June 25, 2009"
		url: 'https://www.usworkvisa.com/2009/06/25/dhs-proposes-to-expand-e-verify-monitoring-and-compliance-efforts/',
		kind: 'secondary'
	},
	{
		id: 'EV-63',
		title: 'SSA to Resume Normal E-Verify Timeframes',
		publisher: 'Miller Mayer',
		published: '2022', // shown as "2022"
		url: 'https://millermayer.com/2022/ssa-to-resume-normal-e-verify-timeframes/',
		kind: 'secondary'
	},
	{
		id: 'EV-64',
		title: 'E-Verify Enhancement Combats Identity Theft',
		publisher: 'Employers Council',
		published: '2013-11-25', // shown as "Nov 25, 2013"
		url: 'https://blog.employerscouncil.org/2013/11/25/e-verify-enhancement-combats-identity-theft/',
		kind: 'secondary'
	},
	{
		id: 'EV-65',
		title: 'E-Verify For Employees FAQ Part 4: Your Legal Rights When Contesting a TNC',
		publisher: 'Badmus law firm (physicianimmigration.com)',
		published: '2013', // shown as "c. 2013"
		url: 'https://www.physicianimmigration.com/965/e-verify-for-employees-faq-part-4-your-legal-rights-when-contesting-a-tnc',
		kind: 'secondary'
	},
];
