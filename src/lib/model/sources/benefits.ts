/** Sources from the benefits dossier (shared/content/benefits.md, Sources), as listed there. Dates are the
 * first date the dossier shows, as precise as it gives; the comment keeps what it shows. */
import type { Source } from '../types';

export const benefitsSources: Source[] = [
	{
		id: 'BN-01',
		title: 'Preparing for Your Biometric Services Appointment',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/forms/filing-guidance/preparing-for-your-biometric-services-appointment',
		kind: 'primary'
	},
	{
		id: 'BN-02',
		title: 'DHS/USCIS/PIA-060 Customer Profile Management System',
		publisher: 'DHS',
		published: '2015-12-17', // shown as "PIA Dec 17, 2015; updates to May 2024"
		url: 'https://www.dhs.gov/publication/dhsuscispia-060-customer-profile-management-service-cpms',
		mirrors: ['https://pdfslide.net/documents/dhsuscispia-060-customer-profile-management-service-cpms-profile-management.html'],
		kind: 'primary'
	},
	{
		id: 'BN-03',
		title: 'CPMS – Customer Profile Management System (dataset metadata)',
		publisher: 'DHS (data.gov)',
		published: '2026-03-22', // shown as "metadata updated Mar 22, 2026"
		url: 'https://catalog.data.gov/dataset/cpms-customer-profile-management-system',
		kind: 'primary'
	},
	{
		id: 'BN-04',
		title: 'PIA Updates DHS/USCIS/PIA-060(a) and 060(b)',
		publisher: 'DHS / USCIS',
		published: '2017-07-17', // shown as "July 17, 2017; Aug 14, 2018"
		url: 'https://omb.report/icr/202403-1615-005/doc/140821800',
		mirrors: ['http://https.omb.report/icr/202403-1615-005/doc/141527100'],
		kind: 'primary'
	},
	{
		id: 'BN-05',
		title: 'PIA Update DHS/OBIM/PIA-004(a) HART',
		publisher: 'DHS',
		published: '2024-08-14', // shown as "Aug 14, 2024"
		url: 'https://omb.report/icr/202505-1601-001/doc/157697800',
		mirrors: ['https://dhs.gov/publication/dhsobimpia-004-homeland-advanced-recognition-technology-system-hart-increment-1'],
		kind: 'primary'
	},
	{
		id: 'BN-07',
		title: 'PIA for the Immigration Benefits Background Check Systems (abstract)',
		publisher: 'DHS (via HSDL)',
		published: null, // shown as "n.d."
		url: 'https://www.hsdl.org/?abstract&did=8915',
		kind: 'primary'
	},
	{
		id: 'BN-08',
		title: 'DHS/USCIS-018 Immigration Biometric and Background Check SORN, 83 FR 36950',
		publisher: 'DHS',
		published: '2018-07-31', // shown as "July 31, 2018"
		url: 'https://thefederalregister.org/83-FR/36950',
		mirrors: ['https://regulations.justia.com/regulations/fedreg/2018/07/31/2018-16138.html'],
		kind: 'primary'
	},
	{
		id: 'BN-09',
		title: 'USCIS Proposes New Records System: BCS (summary of 71 FR 70413)',
		publisher: 'TN Visa Bulletin blog',
		published: '2006-12-05', // shown as "Dec 5, 2006"
		url: 'https://www.tnvisabulletin.com/nafta-tn-blog/2006/12/5/uscis-proposes-new-records-system-bcs.html',
		kind: 'secondary'
	},
	{
		id: 'BN-10',
		title: 'DHS/USCIS/ICE/CBP-001 Alien File, Index, and National File Tracking SORN, 82 FR 43556; earlier A-File and Central Index System SORN (72 FR 1755)',
		publisher: 'DHS',
		published: '2017-09-18', // shown as "Sept 18, 2017; Jan 16, 2007"
		url: 'https://omb.report/icr/201911-1615-010/doc/96294801',
		mirrors: ['http://federal.elaws.us/fr/9/18/2017/2017-19365', 'http://edocket.access.gpo.gov/2007/E7-375.htm'],
		kind: 'primary'
	},
	{
		id: 'BN-11',
		title: 'USCIS Begins Transfer of Historical A-Files to National Archives',
		publisher: 'Immigration Law Answers blog',
		published: '2009-06-03', // shown as "re: June 3, 2009"
		url: 'https://immigration-law-answers-blog.com/uscis-begins-transfer-of-historical-a-files-to-national-archives-immigration-law-answers-blog/',
		kind: 'secondary'
	},
	{
		id: 'BN-12',
		title: 'PIA for the FDNS Directorate, DHS/USCIS/PIA-013-01',
		publisher: 'DHS / USCIS',
		published: '2014-12-16', // shown as "Dec 16, 2014"
		url: 'https://omb.report/icr/202101-1615-023/doc/108084100',
		kind: 'primary'
	},
	{
		id: 'BN-13',
		title: 'PIA for FDNS Data System, DHS/USCIS/PIA-013(a)',
		publisher: 'DHS / USCIS',
		published: '2016-05-18', // shown as "May 18, 2016"
		url: 'http://https.omb.report/icr/202411-1615-001/doc/148671700',
		kind: 'primary'
	},
	{
		id: 'BN-14',
		title: 'USCIS Releases Policy Memo on Issuance of NTAs (PM-602-0187)',
		publisher: 'Immigration Policy Tracking Project; also EIG Law',
		published: '2025-02-28', // shown as "Feb 28, 2025"
		url: 'https://immpolicytracking.org/policies/uscis-releases-policy-memo-on-issuance-of-ntas-in-cases-involving-inadmissible-and-removable-noncitizens',
		mirrors: ['https://eiglaw.com/uscis-to-issue-notice-to-appear-for-removal-proceeding'],
		kind: 'secondary'
	},
	{
		id: 'BN-15',
		title: 'PM-602-0050.1 Updated Guidance for NTAs',
		publisher: 'USCIS (DocumentCloud copy); rescission note on copy',
		published: '2018-06-28', // shown as "June 28, 2018 (rescinded Jan 20, 2021)"
		url: 'https://assets.documentcloud.org/documents/4755315/Policy-Memo-Updated-Gudiance-for-NTAs-June-2018.txt',
		mirrors: ['https://online.documentine.com/latest-immigration-news-today/1/guidance-for-referral-of-cases-and-issuance-of-nta.html'],
		kind: 'primary'
	},
	{
		id: 'BN-16',
		title: 'USCIS Issues Final Rule Adding Special Agents with New Law Enforcement Authority',
		publisher: 'Fragomen; EIG Law',
		published: '2025-09-04', // shown as "Sept 4, 2025"
		url: 'https://www.fragomen.com/insights/united-states-uscis-issues-final-rule-adding-special-agents-with-new-law-enforcement-authority.html',
		mirrors: ['https://eiglaw.com/uscis-to-have-federal-law-enforcement-powers'],
		kind: 'secondary'
	},
	{
		id: 'BN-17',
		title: 'Generic Clearance for Collection of Social Media Identifiers on Immigration Forms (60-day notice, 90 FR 11324) and Supporting Statement',
		publisher: 'DHS / USCIS',
		published: '2025-03-05', // shown as "Mar 5, 2025; Nov 20, 2025"
		url: 'https://www.govinfo.gov/content/pkg/FR-2025-03-05/html/2025-03492.htm',
		mirrors: ['https://omb.report/icr/202511-1615-008/doc/164298700'],
		kind: 'primary'
	},
	{
		id: 'BN-18',
		title: 'DHS Proposes Broad "All-Participants" Biometrics Rule',
		publisher: 'Meng Law Group; NepYork',
		published: '2025-11-03', // shown as "Nov 3, 2025"
		url: 'https://menglawgrp.com/dhs-proposes-broad-all-participants-biometrics-rule-for-immigration-filings',
		mirrors: ['https://nepyork.com/2025/11/03/proposed-new-immigration-rule-seeks-expanded-biometric-data-collection-including-voice-and-dna-across-all-age-groups/'],
		kind: 'secondary'
	},
	{
		id: 'BN-19',
		title: '8 CFR 236.23 (text mirror) and DACA Final Rule, 87 FR 53152',
		publisher: 'DHS (via mirrors)',
		published: '2022-08-30', // shown as "rule Aug 30, 2022 (eff. Oct 31, 2022); mirror current through Sept 30, 2024"
		url: 'https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-8-aliens-and-nationality/chapter-i-department-of-homeland-security/subchapter-b-immigration-regulations/part-236-apprehension-and-detention-of-inadmissible-and-deportable-aliens-removal-of-aliens-ordered-removed/subpart-c-deferred-action-for-childhood-arrivals/section-23623-procedures-for-request-terminations-and-restrictions-on-information-use',
		mirrors: ['https://regulations.justia.com/regulations/fedreg/2022/08/30/2022-18401.html'],
		kind: 'primary'
	},
	{
		id: 'BN-20',
		title: 'GAO-22-104734 Immigration: Information on DACA',
		publisher: 'GAO (copy)',
		published: '2022-01', // shown as "Jan 2022"
		url: 'https://readkong.com/page/immigration-information-on-deferred-action-for-childhood-5277758',
		kind: 'primary'
	},
	{
		id: 'BN-21',
		title: 'New Documents Reveal ICE Access to DACA Recipients\' Information',
		publisher: 'NILC',
		published: '2020-04-21', // shown as "Apr 21, 2020"
		url: 'https://www.nilc.org/2020/04/21/new-documents-reveal-ice-access-to-daca-recipients-information/',
		kind: 'secondary'
	},
	{
		id: 'BN-22',
		title: 'ICE Has Access to DACA Recipients\' Personal Information…',
		publisher: 'Government Executive / ProPublica',
		published: '2020-04', // shown as "Apr 2020"
		url: 'https://www.govexec.com/management/2020/04/ice-has-access-daca-recipients-personal-information-despite-promises-suggesting-otherwise-internal-emails-show/164818/',
		kind: 'secondary'
	},
	{
		id: 'BN-23',
		title: 'DHS letter to Rep. Lujan Grisham on DACA information',
		publisher: 'DHS (DocumentCloud copy)',
		published: '2016-12', // shown as "Dec 2016"
		url: 'https://assets.documentcloud.org/documents/3250535/DHS-Signed-Response-to-Michelle-Lujan-Grisham-12.txt',
		kind: 'primary'
	},
	{
		id: 'BN-24',
		title: 'Violence Against Women Act (VAWA) Confidentiality Provisions at DHS',
		publisher: 'DHS',
		published: '2021-12-15', // shown as "last updated Dec 15, 2021"
		url: 'https://dhs.gov/violence-against-women-act-vawa-confidentiality-provisions-dhs',
		kind: 'primary'
	},
	{
		id: 'BN-25',
		title: 'VAWA Confidentiality Provisions; INS Warns Its Employees…; VAWA appeal blog',
		publisher: 'myattorneyusa; Siskind (visalaw); nodeportation blog',
		published: null, // shown as "n.d.; c. 1997; June 2009"
		url: 'https://myattorneyusa.com/immigration-blog/immigration-to-the-usa/vawa-confidentiality-provisions',
		mirrors: ['https://www.visalaw.com/ins-warns-its-employees-about-new-battered-spouse-provisions', 'http://nodeportation.blogspot.com/2009/06'],
		kind: 'secondary'
	},
	{
		id: 'BN-26',
		title: 'FOIA Instruction 002-02-002: Non-Disclosure of Information Protected under 8 U.S.C. 1367',
		publisher: 'DHS',
		published: '2021-09-02', // shown as "Sept 2, 2021 (page updated July 11, 2022)"
		url: 'https://dhs.gov/publication/non-disclosure-information-protected-under-8-usc-section-1367',
		kind: 'primary'
	},
	{
		id: 'BN-27',
		title: 'Confidentiality Protections for Survivors of Domestic Violence, Human Trafficking and Other Crimes',
		publisher: 'ILRC',
		published: null, // shown as "n.d."
		url: 'https://www.ilrc.org/confidentiality-protections-for-survivors',
		kind: 'secondary'
	},
	{
		id: 'BN-28',
		title: 'Asylum confidentiality (USCIS Asylum Division fact sheet of June 3, 2005, reproduced in forum); "Your Rights to Confidentiality…"; "Confidentiality of Asylum Applications at Risk"',
		publisher: 'USCIS text via forum; Florida Immigration Lawyer Blog; Benach Collopy',
		published: '2005', // shown as "2005; n.d."
		url: 'https://forums.immigration.com/threads/please-share-your-experience.176257/post-1267669',
		mirrors: ['https://www.floridaimmigrationlawyerblog.com/your_rights_to_confidentiality/', 'https://benachcollopy.com/blog/confidentiality-of-asylum-applications-at-risk'],
		kind: 'secondary'
	},
	{
		id: 'BN-29',
		title: 'SAVE Verification Process',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/save/about-save/save-verification-process',
		kind: 'primary'
	},
	{
		id: 'BN-30',
		title: 'SAVE CaseCheck',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://uscis.gov/save/benefit-and-license-applicants/save-casecheck',
		kind: 'primary'
	},
	{
		id: 'BN-31',
		title: 'Optimizing SAVE: New Options to Create Cases with a SSN and by Bulk Upload',
		publisher: 'USCIS',
		published: '2025', // shown as "2025"
		url: 'https://www.uscis.gov/save/current-user-agencies/news-alerts/optimizing-save-new-options-to-create-cases-with-a-social-security-number-and-by-bulk-upload',
		kind: 'primary'
	},
	{
		id: 'BN-32',
		title: 'DHS/USCIS-004 SAVE SORN, 90 FR 48948',
		publisher: 'DHS',
		published: '2025-10-31', // shown as "Oct 31, 2025 (eff. Dec 1, 2025)"
		url: 'https://www.govinfo.gov/content/pkg/FR-2025-10-31/html/2025-19735.htm',
		kind: 'primary'
	},
	{
		id: 'BN-33',
		title: 'USCIS Updates SAVE Program to Verify Voters',
		publisher: 'Homeland Security Today',
		published: '2025-05-22', // shown as "May 22, 2025"
		url: 'https://www.hstoday.us/subject-matter-areas/customs-immigration/uscis-updates-save-program-to-verify-voters/?utm_source=rss&utm_medium=rss&utm_campaign=uscis-updates-save-program-to-verify-voters',
		kind: 'secondary'
	},
	{
		id: 'BN-34',
		title: 'DHS and DOGE "overhaul" SAVE',
		publisher: 'Immigration Policy Tracking Project',
		published: '2025-04-22', // shown as "Apr 22, 2025 (+ updates)"
		url: 'https://immpolicytracking.org/policies/dhs-and-doge-overhaul-systematic-alien-verification-for-entitlements-database',
		kind: 'secondary'
	},
	{
		id: 'BN-35',
		title: 'EPIC comments on SAVE SORN; EPIC comments on SSA Master Files SORN; EPIC update',
		publisher: 'EPIC',
		published: '2025-12', // shown as "Dec 2025"
		url: 'https://epic.org/?p=44107',
		mirrors: ['https://epic.org/documents/comments-of-epic-12-organizations-to-the-u-s-social-security-administration-on-the-system-of-records-notice-for-ssa-master-files/', 'https://epic.org/?p=44240'],
		kind: 'secondary'
	},
	{
		id: 'BN-36',
		title: 'USCIS SAVE System report',
		publisher: 'Fair Elections Center',
		published: '2025', // shown as "2025–2026"
		url: 'https://fairelectionscenter.org/uscis-save-system-report/',
		kind: 'secondary'
	},
	{
		id: 'BN-37',
		title: 'PIA for SAVE, DHS/USCIS/PIA-006(c)',
		publisher: 'DHS / USCIS',
		published: '2020-06-30', // shown as "June 30, 2020"
		url: 'https://fdocuments.in/document/privacy-impact-assessment-2020-07-02-services-uscis-1-the-save-moa-and.html',
		kind: 'primary'
	},
	{
		id: 'BN-38',
		title: '"Disposition of Matched Items" (clause from a SAVE computer matching agreement)',
		publisher: 'Law Insider',
		published: null, // shown as "n.d."
		url: 'https://lawinsider.com/clause/disposition-of-matched-items',
		kind: 'secondary'
	},
	{
		id: 'BN-39',
		title: 'Computer Matching Agreement No. 2021-10 between CMS and DHS/USCIS',
		publisher: 'CMS / DHS (copy)',
		published: '2021-04-20', // shown as "eff. Apr 20, 2021"
		url: 'https://vdocument.in/computer-matching-agreement-between-the-.html',
		kind: 'primary'
	},
	{
		id: 'BN-40',
		title: 'Medicaid.gov FAQs: Federal data services hub services',
		publisher: 'CMS',
		published: '2012', // shown as "FAQs 2012–2020"
		url: 'https://www.medicaid.gov/faq/index.html?f%5B0%5D=sub_topic_faq_library_facet%3A1901&f%5B1%5D=sub_topic_faq_library_facet%3A1946&f%5B2%5D=sub_topic_faq_library_facet%3A2051&f%5B3%5D=sub_topic_faq_library_facet%3A2386&f%5B4%5D=sub_topic_faq_library_facet%3A2451&field_faq_date%5Bmax%5D=09%2F16%2F2020&field_faq_date%5Bmin%5D=05%2F22%2F2012&items_per_page=10&page=3&sort_order=DESC',
		kind: 'primary'
	},
	{
		id: 'BN-41',
		title: 'How We Use Your Data',
		publisher: 'HealthCare.gov (CMS)',
		published: null, // shown as "n.d."
		url: 'https://www.healthcare.gov/how-we-use-your-data/',
		kind: 'primary'
	},
	{
		id: 'BN-42',
		title: 'How will an individual\'s citizenship and immigration status be checked?',
		publisher: 'KFF',
		published: '2020-06-22', // shown as "June 22, 2020"
		url: 'https://www.kff.org/faqs/faqs-health-insurance-marketplace-and-the-aca/how-will-an-individuals-citizenship-and-immigration-status-be-checked/',
		kind: 'secondary'
	},
	{
		id: 'BN-43',
		title: 'Navigator Guide FAQ on citizenship/status checks',
		publisher: 'Georgetown University',
		published: null, // shown as "n.d."
		url: 'https://navigatorguide.georgetown.edu/faq/how-will-an-individuals-citizenship-and-immigration-status-be-checked',
		kind: 'secondary'
	},
	{
		id: 'BN-44',
		title: 'Appendices to CDO–CAC Agreement (privacy standards under 42 U.S.C. 18081(g) and 45 CFR 155.260)',
		publisher: 'CMS (mirror on GitHub)',
		published: null, // shown as "n.d."
		url: 'https://raw.githubusercontent.com/wgetsnaps/marketplace.cms.gov/master/technical-assistance-resources/cdo-cac-appendices-cover-sheet.pdf',
		kind: 'primary'
	},
	{
		id: 'BN-45',
		title: 'ICE on ACA, Enforcement (quoting ICE memo of Oct 25, 2013); Lexology summary',
		publisher: 'LexisNexis Legal Newsroom; Lexology',
		published: '2013-10-30', // shown as "Oct 30, 2013"
		url: 'https://lexisnexis.com/community/amp-insights/131/ice-on-aca-enforcement',
		mirrors: ['https://www.lexology.com/library/detail.aspx?g=8b41fd2b-0cc3-4c56-8274-9aad0340ce9c'],
		kind: 'secondary'
	},
	{
		id: 'BN-46',
		title: 'Notice of Medicaid Information Sharing Between CMS and DHS (CMS-9163-N), 90 FR 53324; plus summary',
		publisher: 'CMS (text via LexBuild / FederalStateLaw); PolicyRisk summary',
		published: '2025-11-25', // shown as "Nov 25, 2025"
		url: 'https://lexbuild.dev/fr/2025/11/2025-20911',
		mirrors: ['https://federalstatelaw.com/federal-register/2025-20911', 'https://policyrisk.com/federal-register/2025-20911'],
		kind: 'primary'
	},
	{
		id: 'BN-47',
		title: 'CMS Plans to Share Data with ICE Could Exacerbate Immigrant Families\' Fears',
		publisher: 'KFF',
		published: '2025-11-21', // shown as "Nov 21, 2025"
		url: 'https://www.kff.org/quick-take/cms-plans-to-share-data-with-ice-could-exacerbate-immigrant-families-fears-about-accessing-health-coverage-and-care',
		kind: 'secondary'
	},
	{
		id: 'BN-48',
		title: '42 U.S.C. 1396a(a)(7) summary',
		publisher: 'UNC School of Government',
		published: null, // shown as "n.d."
		url: 'https://www.sog.unc.edu/cssi/citation/117901',
		kind: 'secondary'
	},
	{
		id: 'BN-49',
		title: 'Legal Aspects Manual 0130.005.00.05 (42 CFR 431.300–307)',
		publisher: 'Missouri Dept. of Social Services',
		published: null, // shown as "n.d."
		url: 'https://dssmanuals.mo.gov/income-maintenance-manual/income-maintenance-general-information/369-2/0130-005-00-05/',
		kind: 'secondary'
	},
	{
		id: 'BN-50',
		title: 'California v. HHS, Complaint, N.D. Cal. No. 3:25-cv-05536',
		publisher: 'State of California et al. (Scribd copy via proxy link)',
		published: '2025-07-01', // shown as "filed July 1, 2025"
		url: 'https://2.zoppoz.workers.dev:443/https/www.scribd.com/document/883823804/CA-v-HHS-COMPLAINT-FOR-DECLARATORY-AND-INJUNCTIVE-RELIEF',
		kind: 'primary'
	},
	{
		id: 'BN-51',
		title: 'Making a Speed Bump out of a Roadblock: CMS, ICE, and Several States Battle Over Medicaid Data Privacy',
		publisher: 'Shipman & Goodwin',
		published: '2025-08-15', // shown as "Aug 15, 2025"
		url: 'https://www.shipmangoodwin.com/insights/making-a-speed-bump-out-of-a-roadblock-cms-ice-and-several-states-battle-over-medicaid-data-privacy.html',
		kind: 'secondary'
	},
	{
		id: 'BN-52',
		title: 'Trump administration hands over Medicaid recipients\' personal data… to ICE (AP)',
		publisher: 'Lincoln Daily News (AP)',
		published: '2025-07-18', // shown as "July 18, 2025"
		url: 'https://archives.lincolndailynews.com/2025/Jul/18/NEWS/news_g.shtml',
		kind: 'secondary'
	},
	{
		id: 'BN-53',
		title: '"Policies are totally unclear": Judge… allows certain information to be given',
		publisher: 'Law&Crime',
		published: '2025-12-30', // shown as "Dec 30, 2025"
		url: 'https://lawandcrime.com/high-profile/policies-are-totally-unclear-judge-berates-trump-admin-over-its-sharing-of-medicaid-data-with-ice-but-allows-certain-information-to-be-given/',
		kind: 'secondary'
	},
	{
		id: 'BN-54',
		title: 'Federal judge rules Trump administration can share illegal immigrants\' Medicaid data with ICE',
		publisher: 'Washington Examiner',
		published: '2025-12', // shown as "Dec 2025"
		url: 'https://washexam.com/news/3106505/federal-judge-rules-trump-administration-can-share-illegal-immigrants-medicaid-data-with-ice',
		kind: 'secondary'
	},
	{
		id: 'BN-55',
		title: 'ICE uses Medicaid data to find out where immigrants live (States Newsroom); VisaVerge report',
		publisher: 'Ohio Dispatch; VisaVerge',
		published: '2025-12-29', // shown as "Jan 2026; Dec 29, 2025"
		url: 'https://ohiodispatch.com/ice-uses-medicaid-data-to-find-out-where-immigrants-live',
		mirrors: ['https://www.visaverge.com/news/court-allows-trump-admin-to-share-immigrant-medicaid-details-with-ice'],
		kind: 'secondary'
	},
	{
		id: 'BN-56',
		title: 'Medicaid can share data with ICE. Here\'s how that 180-degree change spreads fear (NPR)',
		publisher: 'KYUK (NPR)',
		published: '2026-03-13', // shown as "Mar 13, 2026"
		url: 'https://www.kyuk.org/2026-03-13/medicaid-can-share-data-with-ice-heres-how-that-180-degree-change-spreads-fear',
		kind: 'secondary'
	},
	{
		id: 'BN-57',
		title: 'Tri-agency Policy Guidance on Inquiries into Citizenship, Immigration Status and SSNs',
		publisher: 'HHS & USDA',
		published: '2000-09-21', // shown as "Sept 21, 2000 (FNS page updated Apr 5, 2023)"
		url: 'https://www.medicaid.gov/federal-policy-guidance/downloads/sho092100.pdf',
		mirrors: ['https://www.fns.usda.gov/cr/Triagency-Guidance-re-Citizenship'],
		kind: 'primary'
	},
	{
		id: 'BN-58',
		title: 'Privacy Protections in Selected Federal Benefits Programs',
		publisher: 'NILC',
		published: '2018-02-21', // shown as "Feb 21, 2018"
		url: 'https://www.nilc.org/issues/economic-support/privacy-protections-in-selected-federal-benefits-programs/',
		kind: 'secondary'
	},
	{
		id: 'BN-59',
		title: '42 U.S.C. 611a (text) and summary',
		publisher: 'CustomsMobile (U.S. Code text, checked May 19, 2024); UNC SOG',
		published: '1996', // shown as "1996 law"
		url: 'https://www.customsmobile.com/uscode/title42_chapter7_subchapterIV_partA_section611a',
		mirrors: ['https://www.sog.unc.edu/cssi/citation/117981'],
		kind: 'primary'
	},
	{
		id: 'BN-60',
		title: 'Responsibility of Certain Entities to Notify INS of Any Alien Who the Entity "Knows" Is Not Lawfully Present, 65 FR 58301',
		publisher: 'SSA, HHS, DOL, HUD, INS',
		published: '2000-09-28', // shown as "Sept 28, 2000"
		url: 'https://www.govinfo.gov/content/pkg/FR-2000-09-28/html/00-24894.htm',
		kind: 'primary'
	},
	{
		id: 'BN-61',
		title: '8 U.S.C. 1373 (text); IIRIRA §642 (Statutes at Large)',
		publisher: 'InstaLawyer; Wikisource',
		published: '1996', // shown as "1996 law"
		url: 'https://instalawyer.io/laws/us-code/1373',
		mirrors: ['https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_110_Part_4.djvu/870'],
		kind: 'primary'
	},
	{
		id: 'BN-62',
		title: 'SNAP disclosure rules (7 CFR 272.1(c)) as implemented by states',
		publisher: 'Pennsylvania DHS SNAP Handbook 503.4; Oklahoma OAC 340:50-1-6',
		published: null, // shown as "n.d.; revised Sept 15, 2021"
		url: 'http://services.dpw.state.pa.us/oimpolicymanuals/snap/503_General_Information/503_4_Disclosure.htm',
		mirrors: ['https://www.oklahoma.gov/okdhs/library/policy/current/oac-340/chapter-50/subchapter-1/disclosure-of-household-and-public-information.html'],
		kind: 'secondary'
	},
	{
		id: 'BN-63',
		title: 'USDA SNAP data demand coverage',
		publisher: 'VisaVerge; Lincoln Daily News (AP); Principle Civics; California Dental Association news',
		published: '2025-09-20', // shown as "July 2025; Sept 20, 2025; 2025"
		url: 'https://www.visaverge.com/news/new-york-sues-usda-over-demanding-snap-recipients-immigration-status',
		mirrors: ['https://archives.lincolndailynews.com/2025/Sep/20/NEWS/health_a.shtml', 'https://principlecivics.com/topics/states-sue-snap-data-collection-2025', 'https://www.cdaweb.net/Public/ArticlePage.aspx?ContentId=4996'],
		kind: 'secondary'
	},
	{
		id: 'BN-64',
		title: 'Centro de Trabajadores Unidos v. Bessent: D.C. Circuit Considers IRS-ICE Information-Sharing Agreement (LSB11359); "IRS agrees to share taxpayer return…"',
		publisher: 'Congressional Research Service; JD Supra',
		published: '2025-09-04', // shown as "Sept 4, 2025; 2025"
		url: 'https://www.everycrsreport.com/files/2025-09-04_LSB11359_424e1eebfd3f0ebb7c14f1708c1bd5d59506eebd.html',
		mirrors: ['https://production.jdsupra.com/legalnews/irs-agrees-to-share-taxpayer-return-7012216'],
		kind: 'secondary'
	},
	{
		id: 'BN-65',
		title: 'D.C. Circuit Review – Reviewed (Centro de Trabajadores Unidos v. Bessent, No. 25-5181)',
		publisher: 'Yale Journal on Regulation, Notice & Comment',
		published: '2026', // shown as "2026"
		url: 'https://www.yalejreg.com/nc/d-c-circuit-review-reviewed-two-run-of-the-mill-cases-and-a-blockbuster-en-banc-hearing',
		kind: 'secondary'
	},
	{
		id: 'BN-66',
		title: 'Court blocks IRS policy that shared taxpayer addresses with ICE; District Court Stays IRS Address Sharing; Judge pauses IRS-ICE data sharing',
		publisher: 'TaxCoda; Parker Tax Publishing; VisaVerge',
		published: '2025-12', // shown as "Nov–Dec 2025"
		url: 'https://taxcoda.com/p/court-blocks-irs-policy-that-shared',
		mirrors: ['http://www.parkertaxresearch.net/public/irs-address-sharing-ice-stay.html', 'https://www.visaverge.com/news/judge-pauses-irs-ice-data-sharing-amid-ongoing-privacy-lawsuit'],
		kind: 'secondary'
	},
	{
		id: 'BN-67',
		title: 'Oral argument transcript, Center for Taxpayer Rights v. IRS, D.C. Cir. No. 26-5006',
		publisher: 'AI Court Transcripts',
		published: '2026', // shown as "2026"
		url: 'https://www.aicourttranscripts.com/_media/dc:2026:center_for_taxpayer_rights_v._irs_26-5006.txt',
		kind: 'secondary'
	},
	{
		id: 'BN-68',
		title: 'Public Charge Ground of Inadmissibility, Final Rule, 87 FR 55472',
		publisher: 'DHS',
		published: '2022-09-09', // shown as "Sept 9, 2022 (eff. Dec 23, 2022)"
		url: 'https://regulations.justia.com/regulations/fedreg/2022/09/09/2022-18867.html',
		kind: 'primary'
	},
	{
		id: 'BN-69',
		title: 'Public Charge Ground of Inadmissibility, NPRM (FR Doc. 2025-20278); BAL summary',
		publisher: 'DHS; BAL',
		published: '2025-11-19', // shown as "Nov 19, 2025"
		url: 'https://frtracker.app/fr/2025-20278',
		mirrors: ['https://www.bal.com/immigration-news/united-states-dhs-proposes-to-rescind-2022-public-charge-rule-and-give-immigration-officers-broader-discretion-in-determining-admissibility'],
		kind: 'primary'
	},
	{
		id: 'BN-70',
		title: 'Protecting Immigrant Families Illinois (public charge explainer)',
		publisher: 'PIF Illinois',
		published: '2025', // shown as "2025 update"
		url: 'https://protectingimmigrantfamiliesillinois.org',
		kind: 'secondary'
	},
	{
		id: 'BN-71',
		title: 'What to Know About the Public Charge Final Rule',
		publisher: 'Houston Immigration Legal Services Collaborative',
		published: '2022', // shown as "2022"
		url: 'https://www.houstonimmigration.org/what-to-know-about-the-public-charge-final-rule/',
		kind: 'secondary'
	},
	{
		id: 'BN-72',
		title: 'New Immigrant Eligibility Restrictions Coming to Federally Funded Health Coverage; H.R. 1\'s Impacts on Refugees; Policy Update 7/8/25',
		publisher: 'Georgetown CCF; USCRI; IAJE',
		published: '2025-10-01', // shown as "Oct 1, 2025; July 7, 2025; July 8, 2025"
		url: 'https://ccf.georgetown.edu/2025/10/01/new-immigrant-eligibility-restrictions-coming-to-federally-funded-health-coverage/?nb=1',
		mirrors: ['https://refugees.org/?p=13385', 'https://iaje.us/policy-reports/policy-update-7-8-25'],
		kind: 'secondary'
	},
	{
		id: 'BN-73',
		title: 'Alien Registration Form and Evidence of Registration, IFR, 90 FR 11793',
		publisher: 'DHS / USCIS',
		published: '2025-03-12', // shown as "Mar 12, 2025 (eff. Apr 11, 2025)"
		url: 'https://regulations.justia.com/regulations/fedreg/2025/03/12/2025-03944.html',
		kind: 'primary'
	},
	{
		id: 'BN-74',
		title: 'SSA POMS GN 00303.600 (using SAVE)',
		publisher: 'SSA',
		published: null, // shown as "n.d."
		url: 'https://secure.ssa.gov/poms.nsf/lnx/0200303600',
		kind: 'primary'
	},
	{
		id: 'BN-75',
		title: 'Construction of State Reporting Requirements in Section 404 of PRWORA',
		publisher: 'DOJ Office of Legal Counsel (copy)',
		published: '1998-08-18', // shown as "Aug 18, 1998"
		url: 'https://biotech.law.lsu.edu/blaw/olc/section404.htm',
		kind: 'primary'
	},
	{
		id: 'BN-76',
		title: 'USCIS Policy Manual, Vol. 1, Part A, Ch. 7 – Privacy and Confidentiality',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/policy-manual/volume-1-part-a-chapter-7',
		kind: 'primary'
	},
	{
		id: 'BN-77',
		title: 'PIA for the Benefit Request Intake Process, DHS/USCIS/PIA-061',
		publisher: 'DHS / USCIS',
		published: '2016-03-15', // shown as "Mar 15, 2016"
		url: 'http://omb.report/icr/202009-1615-067/doc/104803501',
		kind: 'primary'
	},
	{
		id: 'BN-78',
		title: 'SAVE CaseCheck blog post (USCIS "The Beacon", by the SAVE Chief)',
		publisher: 'USCIS (RSS copy)',
		published: null, // shown as "n.d. (c. 2015)"
		url: 'https://beacon1305.rssing.com/chan-40919417/article45.html',
		kind: 'primary'
	},
	{
		id: 'BN-79',
		title: 'Guide to Understanding SAVE Verification Responses',
		publisher: 'USCIS Verification Division (copy)',
		published: '2016-05', // shown as "revised May 2016"
		url: 'https://docobook.com/guide-to-understanding-save-verification-responses-backgroun.html',
		kind: 'primary'
	},
	{
		id: 'BN-80',
		title: 'PIA Update for Customer Identity Verification (CIV)',
		publisher: 'DHS / USCIS',
		published: '2010-04-26', // shown as "Apr 26, 2010"
		url: 'https://omb.report/icr/201203-1615-002/doc/31103901',
		kind: 'primary'
	},
	{
		id: 'BN-81',
		title: 'SAVE screens (information collection 1615-0101)',
		publisher: 'USCIS (OMB record)',
		published: '2020', // shown as "2020"
		url: 'https://omb.report/icr/202010-1615-006/doc/105518800',
		kind: 'primary'
	},
	{
		id: 'BN-84',
		title: 'How biometric services appointments work at USCIS',
		publisher: 'Acceso Latino',
		published: null, // shown as "n.d."
		url: 'https://accesolatino.org/en/noticias/como-funcionan-las-citas-de-servicios-biometricos-en-uscis',
		kind: 'secondary'
	},
	{
		id: 'BN-85',
		title: 'Privacy Act of 1974; System of Records (CMS 09-70-0541, renamed Transformed-Medicaid Statistical Information System, T-MSIS), 83 FR 46951',
		publisher: 'CMS / HHS',
		published: '2018-09-17', // shown as "Sept 17, 2018"
		url: 'https://regulations.justia.com/regulations/fedreg/2018/09/17/2018-20063.html',
		kind: 'primary'
	},
];
