/** Sources from the local-arrest dossier (shared/content/local-arrest.md, Sources), as listed there. Dates
 * are the first date the dossier shows, as precise as it gives; the comment keeps what it shows. */
import type { Source } from '../types';

export const localArrestSources: Source[] = [
	{
		id: 'LA-01',
		title: '8 U.S.C. 1357 (INA 287), text copy incl. (a) powers and (g) agreements',
		publisher: 'U.S. Code via OMB.report (ICE ICR attachment)',
		published: '2011', // shown as "copy filed 2011"
		url: 'https://omb.report/icr/201106-1653-002/doc/25868201',
		kind: 'primary'
	},
	{
		id: 'LA-02',
		title: 'Pub. L. 104-208 §133, 110 Stat. 3009-563 (adds 287(g))',
		publisher: 'Statutes at Large via Wikisource',
		published: '1996-09-30', // shown as "1996-09-30"
		url: 'https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_110_Part_4.djvu/726',
		kind: 'primary'
	},
	{
		id: 'LA-03',
		title: '8 U.S.C. 1373, Communication between government agencies and INS',
		publisher: 'U.S. Code copy (instalawyer.io)',
		published: null, // shown as "n.d."
		url: 'https://instalawyer.io/laws/us-code/1373',
		kind: 'primary'
	},
	{
		id: 'LA-04',
		title: '"8 U.S.C. § 1373 — An FAQ"',
		publisher: 'Immigrant Legal Resource Center (copy on paperzz)',
		published: null, // shown as "n.d. (c. 2016–17)"
		url: 'https://paperzz.com/doc/9262858/8-usc-%C2%A7-1373---immigrant-legal-resource-center',
		kind: 'secondary'
	},
	{
		id: 'LA-05',
		title: '8 C.F.R. 287.7 (detainers), text of (a)–(c)',
		publisher: 'copy at usborderpatrol.com',
		published: '1997-04-01', // shown as "revised eff. 1997-04-01"
		url: 'https://www.usborderpatrol.com/usbp/laws/border_patrol608_11',
		kind: 'primary'
	},
	{
		id: 'LA-06',
		title: '"Immigration Holds (ICE detainers placed pursuant to 8 CFR 287.7(d))"',
		publisher: 'Avvo legal guide (J. B. Hernan)',
		published: null, // shown as "n.d."
		url: 'https://www.avvo.com/legal-guides/ugc/immigration-holds-ice-detainers-placed-pursuant-to-8-cfr-2877d',
		kind: 'secondary'
	},
	{
		id: 'LA-07',
		title: '"Detention – immigration holds following release from criminal custody" (INA 287(d) text)',
		publisher: 'Norton Tooby',
		published: null, // shown as "n.d."
		url: 'https://nortontooby.com/content/detention-immigration-holds-following-release-criminal-custody',
		kind: 'secondary'
	},
	{
		id: 'LA-08',
		title: '8 C.F.R. 236.1 (Form I-200 warrant of arrest)',
		publisher: 'copy at checkoutapi.com',
		published: null, // shown as "n.d."
		url: 'https://checkoutapi.com/regulations/title8_chapterI_part236_subpartA_section236.1',
		kind: 'primary'
	},
	{
		id: 'LA-09',
		title: 'ICE Policy 10074.2, Issuance of Immigration Detainers by ICE Immigration Officers',
		publisher: 'ICE (copy on Scribd)',
		published: '2017-03-24', // shown as "issued 2017-03-24; eff. 2017-04-02"
		url: 'https://de.scribd.com/document/343192229/Issuance-of-Immigration-Detainers-by-ICE-Immigration-Officers',
		kind: 'primary'
	},
	{
		id: 'LA-10',
		title: '"ICE revises policies and procedures regarding issuance of civil immigration detainers"',
		publisher: 'Immigration Policy Tracking Project',
		published: null, // shown as "n.d. (status \"Fully in Effect\")"
		url: 'https://immpolicytracking.org/policies/ice-revises-policies-and-procedures-regarding-issuance-of-civil-immigration-detainers/',
		kind: 'secondary'
	},
	{
		id: 'LA-11',
		title: 'ICE Guidance for Completing Form I-247A',
		publisher: 'ICE (copy on Scribd)',
		published: '2017', // shown as "2017"
		url: 'https://www.scribd.com/document/343192456/ICE-Guidance-for-Form-I-247A',
		kind: 'primary'
	},
	{
		id: 'LA-12',
		title: 'DHS Form I-247A (02/17), Immigration Detainer – Notice of Action',
		publisher: 'DHS (copy on dokumen.tips)',
		published: '2017-02', // shown as "02/2017"
		url: 'https://dokumen.tips/documents/department-of-homeland-security-the-department-of-homeland-security-dhs-has-placed.html',
		kind: 'primary'
	},
	{
		id: 'LA-13',
		title: 'Immigration Detainers',
		publisher: 'ICE',
		published: null, // shown as "current snapshot, n.d."
		url: 'https://ice.gov/identify-and-arrest/detainers',
		kind: 'primary'
	},
	{
		id: 'LA-14',
		title: 'Secure Communities (archived page)',
		publisher: 'ICE',
		published: null, // shown as "n.d. (after July 2015)"
		url: 'http://www.ice.gov/secure-communities',
		kind: 'primary'
	},
	{
		id: 'LA-15',
		title: '"Ada, Canyon counties first Idaho jurisdictions to launch ICE Secure Communities initiative"',
		publisher: 'ICE news release',
		published: '2010-06-03', // shown as "2010-06-03"
		url: 'http://www.ice.gov/news/releases/ada-canyon-counties-first-idaho-jurisdictions-launch-ice-secure-communities-initiative',
		kind: 'primary'
	},
	{
		id: 'LA-16',
		title: '"Making 2 systems work as 1"',
		publisher: 'ICE',
		published: null, // shown as "n.d. (c. 2008–09)"
		url: 'https://www.ice.gov/news/releases/making-2-systems-work-1',
		kind: 'primary'
	},
	{
		id: 'LA-17',
		title: 'Secure Communities Standard Operating Procedures',
		publisher: 'ICE (copy on Scribd)',
		published: '2009-09-30', // shown as "2009-09-30"
		url: 'https://ar.scribd.com/document/23299545/ICE-Secure-Communities-Standard-Operating-Procedures-9-30-09',
		kind: 'primary'
	},
	{
		id: 'LA-18',
		title: 'Secure Communities: Quarterly Report FY2010 Q4',
		publisher: 'ICE (excerpt at colef.mx)',
		published: '2011-01-03', // shown as "2011-01-03"
		url: 'https://olpm.colef.mx/articulos/secure-communities-quarterly-report/',
		kind: 'primary'
	},
	{
		id: 'LA-19',
		title: '"Pilot program expands fingerprint databases"',
		publisher: 'FCW',
		published: '2008-11-13', // shown as "2008-11-13"
		url: 'https://fcw.com/articles/2008/11/13/pilot-program-expands-fingerprint-databases.aspx',
		kind: 'secondary'
	},
	{
		id: 'LA-20',
		title: 'Criminal Apprehension Program',
		publisher: 'ICE',
		published: null, // shown as "current snapshot, n.d."
		url: 'https://www.ice.gov/identify-and-arrest/criminal-apprehension-program',
		kind: 'primary'
	},
	{
		id: 'LA-21',
		title: 'Criminal Alien Program (archived; IDENT/IAFIS interoperability section)',
		publisher: 'ICE via webharvest.gov',
		published: '2018-12-03', // shown as "captured 2018-12-03"
		url: 'https://webharvest.gov/congress115th/20181203184835/https://www.ice.gov/criminal-alien-program',
		kind: 'primary'
	},
	{
		id: 'LA-22',
		title: 'Secure Communities',
		publisher: 'WikiMili (Wikipedia mirror)',
		published: null, // shown as "n.d."
		url: 'https://wikimili.com/en/Secure_Communities',
		kind: 'secondary'
	},
	{
		id: 'LA-23',
		title: 'GAO-20-36 background (PEP dates), via dataset mirror',
		publisher: 'GAO (text mirrored on Hugging Face)',
		published: '2019', // shown as "2019"
		url: 'https://huggingface.co/datasets/shipWr3ck/gov_report_test_cleaned/viewer/default/validation?p=8',
		kind: 'primary'
	},
	{
		id: 'LA-24',
		title: 'Summary of Executive Order "Enhancing Public Safety in the Interior of the United States"',
		publisher: 'American Immigration Council',
		published: '2017-05-19', // shown as "2017-05-19"
		url: 'https://www.americanimmigrationcouncil.org/immigration-interior-enforcement-executive-order',
		kind: 'secondary'
	},
	{
		id: 'LA-25',
		title: '"Enforcement of the Immigration Laws to Serve the National Interest" (Kelly memo)',
		publisher: 'DHS (copy on docslib)',
		published: '2017-02-20', // shown as "2017-02-20"
		url: 'https://docslib.org/doc/2211055/enforcement-of-the-immigration-laws-to-serve-the-national-interest',
		kind: 'primary'
	},
	{
		id: 'LA-26',
		title: 'Executive Order 13993 (text)',
		publisher: 'reproduced by gaimmigrationattorneys.com',
		published: '2021-01-20', // shown as "2021-01-20"
		url: 'https://gaimmigrationattorneys.com/2021/01/24/president-joe-bidens-executive-order-on-the-revision-of-civil-immigration-enforcement-policies-and-priorities/',
		kind: 'primary'
	},
	{
		id: 'LA-27',
		title: '"Protecting the American People Against Invasion" (EO 14159 summary)',
		publisher: 'Immigrant Legal Resource Center',
		published: '2025-01-20', // shown as "2025 (EO dated 2025-01-20)"
		url: 'https://www.ilrc.org/immigration-enforcement/sanctuary-information/protecting-american-people-against-invasion',
		kind: 'secondary'
	},
	{
		id: 'LA-28',
		title: 'Executive Order 14287, Protecting American Communities From Criminal Aliens',
		publisher: 'Federal Register 90 FR 18761 (govinfo)',
		published: '2025-04-28', // shown as "signed 2025-04-28; published 2025-05-02"
		url: 'https://www.govinfo.gov/content/pkg/FR-2025-05-02/html/2025-07789.htm',
		kind: 'primary'
	},
	{
		id: 'LA-29',
		title: 'State Map on Immigration Enforcement',
		publisher: 'Immigrant Legal Resource Center',
		published: '2024-11-08', // shown as "updated 2024-11-08"
		url: 'https://ilrc.org/state-law-map',
		kind: 'secondary'
	},
	{
		id: 'LA-30',
		title: 'Privacy Impact Assessment for ACRIMe',
		publisher: 'DHS/ICE (copy on OMB.report)',
		published: '2010-04-22', // shown as "2010-04-22"
		url: 'https://omb.report/icr/201409-1653-001/doc/50610001',
		kind: 'primary'
	},
	{
		id: 'LA-31',
		title: 'DHS/ICE/PIA-020 ACRIMe (publication page)',
		publisher: 'DHS',
		published: '2019-05-10', // shown as "last published 2019-05-10"
		url: 'https://www.dhs.gov/publication/dhsicepia-020-alien-criminal-response-information-management-system-acrime',
		kind: 'primary'
	},
	{
		id: 'LA-32',
		title: 'DHS/ICE-007 ACRIMe System of Records, 78 FR 10623',
		publisher: 'Federal Register (GPO)',
		published: '2013-02-14', // shown as "2013-02-14"
		url: 'https://www.gpo.gov/fdsys/pkg/FR-2013-02-14/html/2013-03377.htm',
		kind: 'primary'
	},
	{
		id: 'LA-33',
		title: '"Alien Criminal Response Information Management System (ACRIMe)"',
		publisher: 'Abolish Data Crim',
		published: null, // shown as "n.d."
		url: 'https://abolishdatacrim.org/en/bestiary/acrime',
		kind: 'secondary'
	},
	{
		id: 'LA-34',
		title: 'Law Enforcement Support Center fact sheet',
		publisher: 'ICE (UNT web archive)',
		published: '2008-11-19', // shown as "2008-11-19"
		url: 'https://webarchive.library.unt.edu/eot2008/20090505231441/http://www.ice.gov/pi/news/factsheets/lesc.htm',
		kind: 'primary'
	},
	{
		id: 'LA-35',
		title: 'General Information – Immigration Alien Transactions (IAQ/IAR)',
		publisher: 'Nlets',
		published: null, // shown as "current snapshot, n.d."
		url: 'https://service.nlets.org/support/solutions/articles/21003097354',
		kind: 'primary'
	},
	{
		id: 'LA-36',
		title: 'Legacy Text Examples – Immigration Alien Transactions',
		publisher: 'Nlets',
		published: null, // shown as "current snapshot, n.d."
		url: 'https://service.nlets.org/support/solutions/articles/21003097468',
		kind: 'primary'
	},
	{
		id: 'LA-37',
		title: '"Intelligence Sharing: Law Enforcement Support Center"',
		publisher: 'Police Chief Magazine',
		published: '2005-02', // shown as "2005-02"
		url: 'http://www.policechiefmagazine.org/magazine/index.cfm?fuseaction=display_arch&article_id=515&issue_id=22005',
		kind: 'secondary'
	},
	{
		id: 'LA-38',
		title: 'NCIC Immigration Violator File (manual chapter)',
		publisher: 'FBI NCIC (copy on Scribd)',
		published: null, // shown as "n.d."
		url: 'https://ja.scribd.com/document/24688920/Immigration-Violator-File-IVF-of-the-National-Crime-Information-Center-NCIC-database',
		kind: 'primary'
	},
	{
		id: 'LA-39',
		title: '"Police put in complex position as immigration arrest warrants added to U.S. database"',
		publisher: 'NPR (via SDPB)',
		published: '2025-04-03', // shown as "2025-04-03"
		url: 'https://sdpb.org/2025-04-03/police-put-in-complex-position-as-immigration-arrest-warrants-added-to-u-s-database',
		kind: 'secondary'
	},
	{
		id: 'LA-40',
		title: '"Local law enforcement to notify ICE of migrants with administrative warrants"',
		publisher: 'SBG San Antonio (copy on mixedtimes)',
		published: '2025', // shown as "2025"
		url: 'https://news.mixedtimes.com/6QBo',
		kind: 'secondary'
	},
	{
		id: 'LA-41',
		title: 'OLC memo: Handling of INS warrants of deportation in relation to NCIC Wanted Person File',
		publisher: 'DOJ Office of Legal Counsel (copy on vdocuments)',
		published: '1989-04-11', // shown as "1989-04-11"
		url: 'https://vdocuments.mx/doj-olc-memo-re-handling-of-ins-warrants-of-deportation-in-relation-to-ncic.html',
		kind: 'primary'
	},
	{
		id: 'LA-42',
		title: '"Appendix: Arrest and booking (longer version)"',
		publisher: 'Abolish Data Crim',
		published: null, // shown as "n.d."
		url: 'https://abolishdatacrim.org/en/report/appendix-arrest-and-booking-longer-version',
		kind: 'secondary'
	},
	{
		id: 'LA-43',
		title: 'Privacy Impact Assessment for IDENT (DHS/NPPD/USVISIT/PIA-002)',
		publisher: 'DHS (copy on OMB.report)',
		published: '2012-12-07', // shown as "2012-12-07"
		url: 'https://omb.report/icr/201903-1651-001/doc/90319100',
		kind: 'primary'
	},
	{
		id: 'LA-44',
		title: 'DHS/OBIM/PIA-001 IDENT (publication page)',
		publisher: 'DHS',
		published: '2019-11-14', // shown as "last published 2019-11-14"
		url: 'https://www.dhs.gov/publication/dhsnppdpia-002-automated-biometric-identification-system',
		kind: 'primary'
	},
	{
		id: 'LA-45',
		title: 'PIA update for HART, DHS/OBIM/PIA-004(a)',
		publisher: 'DHS (copy on OMB.report)',
		published: '2024-08-14', // shown as "2024-08-14"
		url: 'https://omb.report/icr/202505-1601-001/doc/157697800',
		kind: 'primary'
	},
	{
		id: 'LA-46',
		title: 'GAO-23-105959, Biometric Identity System: DHS Needs to Address Significant Shortcomings',
		publisher: 'GAO',
		published: '2023-09-12', // shown as "2023-09-12"
		url: 'https://www.gao.gov/products/gao-23-105959',
		kind: 'primary'
	},
	{
		id: 'LA-47',
		title: '"DOGE has arrived at the heart of Homeland Security\'s biometrics operations"',
		publisher: 'FedScoop',
		published: '2025', // shown as "2025 (May)"
		url: 'https://fedscoop.com/doge-arrives-at-homeland-security-biometrics-operations',
		kind: 'secondary'
	},
	{
		id: 'LA-48',
		title: '"DOGE joins forces with Homeland Security in biometric upgrade efforts"',
		publisher: 'digitalid.blog',
		published: '2025-05-06', // shown as "2025-05-06"
		url: 'https://digitalid.blog/2025/05/06/doge-joins-forces-with-homeland-security-in-biometric-upgrade-efforts/',
		kind: 'secondary'
	},
	{
		id: 'LA-49',
		title: 'PIA: IAFIS/NGI Biometric Interoperability',
		publisher: 'FBI (UNT web archive)',
		published: '2012-10-08', // shown as "captured 2012-10-08"
		url: 'https://webarchive.library.unt.edu/web/20121008011844/http://www.fbi.gov/foia/privacy-impact-assessments/iafis-ngi-interoperability-1',
		kind: 'primary'
	},
	{
		id: 'LA-50',
		title: 'JUSTICE/FBI-009, The Next Generation Identification (NGI) System, 81 FR 27283',
		publisher: 'Federal Register (govinfo)',
		published: '2016-05-05', // shown as "2016-05-05"
		url: 'https://www.govinfo.gov/content/pkg/FR-2016-05-05/html/2016-10120.htm',
		kind: 'primary'
	},
	{
		id: 'LA-51',
		title: '"How Long Do Police Keep Fingerprints on Record?"',
		publisher: 'LegalClarity',
		published: null, // shown as "n.d."
		url: 'https://legalclarity.org/how-long-do-police-keep-fingerprints-on-record',
		kind: 'secondary'
	},
	{
		id: 'LA-52',
		title: 'PIA: NGI Palm Print and Latent Fingerprint Files',
		publisher: 'FBI',
		published: '2015-01-20', // shown as "2015-01-20"
		url: 'https://www.fbi.gov/how-we-can-help-you/more-fbi-services-and-information/freedom-of-information-privacy-act/department-of-justice-fbi-privacy-impact-assessments/next-generation-identification-palm-print-and-latent-fingerprint-files',
		kind: 'primary'
	},
	{
		id: 'LA-53',
		title: 'Utah State Archives retention series 16474 (Salt Lake City PD fingerprint cards) and 21629 (Park City fingerprint cards)',
		publisher: 'Utah State Archives',
		published: '2016-06-08', // shown as "series pages; Park City authorized 2016-06-08"
		url: 'http://axaem.archives.utah.gov/cgi-bin/appxretcget.cgi?WEBINPUT_RUNWHAT=HTML_1SERIES&WEBINPUT_BIBLGRPC_RID=16474&A=B',
		mirrors: ['http://archives.state.ut.us/cgi-bin/appxretcget.cgi?WEBINPUT_RUNWHAT=HTML_1SERIES&WEBINPUT_BIBLGRPC_RID=21629&A=B'],
		kind: 'primary'
	},
	{
		id: 'LA-54',
		title: 'Privacy Impact Assessment for the Enforcement Integrated Database (EID)',
		publisher: 'DHS/ICE (copy on OMB.report)',
		published: '2010-01-14', // shown as "2010-01-14"
		url: 'https://omb.report/icr/202001-1653-003/doc/102041901',
		kind: 'primary'
	},
	{
		id: 'LA-55',
		title: 'Delegation of Immigration Authority Section 287(g) (fact sheet)',
		publisher: 'ICE',
		published: '2025-01-20', // shown as "current snapshot (mentions Jan. 20, 2025 EO)"
		url: 'https://ice.gov/factsheets/287g',
		kind: 'primary'
	},
	{
		id: 'LA-56',
		title: 'Delegation of Immigration Authority Section 287(g) (older page)',
		publisher: 'ICE',
		published: null, // shown as "n.d."
		url: 'https://www.ice.gov/287g',
		kind: 'primary'
	},
	{
		id: 'LA-57',
		title: 'The 287(g) Program: State and Local Immigration Enforcement (IF11898)',
		publisher: 'Congressional Research Service (copy)',
		published: '2021-08-12', // shown as "2021-08-12"
		url: 'https://www.capitollabsllc.com/crs/product/IF11898',
		kind: 'primary'
	},
	{
		id: 'LA-58',
		title: '"Reviving 287(g) Agreements Under the New Administration"',
		publisher: 'National Immigration Forum',
		published: '2025', // shown as "2025"
		url: 'https://immigrationforum.org/article/reviving-the-287g-agreements-under-the-new-administration-implementation-concerns-and-implications',
		kind: 'secondary'
	},
	{
		id: 'LA-59',
		title: '287(g) models explainer',
		publisher: 'ACLU of Utah',
		published: '2025', // shown as "2025"
		url: 'https://www.acluutah.org/?p=23750',
		kind: 'secondary'
	},
	{
		id: 'LA-60',
		title: '"ICE Invites Local Law Enforcement to Join 287(g) Program"',
		publisher: 'usimmigration.my',
		published: '2025', // shown as "2025"
		url: 'https://usimmigration.my/story/gn_a7d9f20329d0/',
		kind: 'secondary'
	},
	{
		id: 'LA-61',
		title: 'The 287(g) Program tracker',
		publisher: 'Titus Consulting (tituslegaldesign.com)',
		published: '2026-03', // shown as "early March 2026"
		url: 'https://www.tituslegaldesign.com/immigration-101/287g-program',
		kind: 'secondary'
	},
	{
		id: 'LA-62',
		title: '"How does the 287(g) deputization program work…"',
		publisher: 'Factually',
		published: '2026', // shown as "2026"
		url: 'https://factually.co/fact-checks/politics/how-287g-deputization-works-participating-local-jurisdictions-8cabcf',
		kind: 'secondary'
	},
	{
		id: 'LA-63',
		title: '"Police agencies in 40 states agree to help…" (The Center Square reprint)',
		publisher: 'loveusa.homes',
		published: '2025-06-01', // shown as "2025-06-01"
		url: 'https://loveusa.homes/2025/06/01/police-agencies-in-40-states-agree-to-help-homan-ice-with-deportations',
		kind: 'secondary'
	},
	{
		id: 'LA-64',
		title: 'Texas S.B. No. 8 (89th Leg.), enrolled text',
		publisher: 'Texas Legislature',
		published: '2025', // shown as "2025"
		url: 'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00008F.htm',
		kind: 'primary'
	},
	{
		id: 'LA-65',
		title: 'TX SB8 bill detail',
		publisher: 'BillTrack50',
		published: '2025', // shown as "2025"
		url: 'https://www.billtrack50.com/billdetail/1855056',
		kind: 'secondary'
	},
	{
		id: 'LA-66',
		title: 'S.B. No. 8 summary',
		publisher: 'FastDemocracy',
		published: '2025', // shown as "2025"
		url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=TXB00077531&billsummary_session=89&billsummary_state=tx',
		kind: 'secondary'
	},
	{
		id: 'LA-67',
		title: '"New law forces sheriffs to work with ICE"',
		publisher: 'Austin Chronicle',
		published: '2025', // shown as "2025"
		url: 'https://www.austinchronicle.com/news/new-law-forces-sheriffs-to-work-with-ice-13406565',
		kind: 'secondary'
	},
	{
		id: 'LA-68',
		title: 'City of El Cenizo v. Texas, 890 F.3d 164 (5th Cir.)',
		publisher: 'casetext; Justia summary',
		published: '2018-05-08', // shown as "2018-05-08"
		url: 'https://casetext.com/case/city-of-el-cenizo-v-texas-1',
		mirrors: ['https://constitutionallawopinions.justia.com/2018/05/08/city-of-el-cenizo-v-texas-2/'],
		kind: 'primary'
	},
	{
		id: 'LA-69',
		title: 'Case brief: City of El Cenizo v. State of Texas',
		publisher: 'LexPlug',
		published: null, // shown as "n.d."
		url: 'https://www.lexplug.com/casebrief/city_of_el_cenizo_texas_v_state_of_texas_6913d5f3dcef95682c8c2590',
		kind: 'secondary'
	},
	{
		id: 'LA-70',
		title: 'Case brief: City of El Cenizo v. Texas',
		publisher: 'CaseBriefs',
		published: null, // shown as "n.d."
		url: 'https://casebriefsco.com/casebrief/city-of-el-cenizo-texas-v-texas',
		kind: 'secondary'
	},
	{
		id: 'LA-71',
		title: 'CS/CS/CS/SB 168 — Federal Immigration Enforcement (bill summary)',
		publisher: 'The Florida Senate',
		published: '2019', // shown as "2019"
		url: 'https://flsenate.gov/Committees/billsummaries/2019/html/1957',
		kind: 'primary'
	},
	{
		id: 'LA-72',
		title: 'Legislative bulletin: Immigration Enforcement (CS/SB 1808)',
		publisher: 'Florida League of Cities',
		published: '2022-03-11', // shown as "2022-03-11"
		url: 'http://floridaleagueofcities.com/blog/legislative-bulletin/2022/03/11/immigration-enforcement-(watch)-passed-03-11-2022-05-10-35',
		kind: 'secondary'
	},
	{
		id: 'LA-73',
		title: 'CS for SB 1718 (2023) text; House final bill analysis (CS/HB 1617)',
		publisher: 'Florida Senate; Florida House (via legiplex)',
		published: '2023', // shown as "2023"
		url: 'https://flsenate.gov/Session/Bill/2023/1718/BillText/c1/HTML',
		mirrors: ['https://app.legiplex.com/fl/legislature/2023/2023-r/bills/h1617/draft-798828?id=798828', 'https://app.legiplex.com/fl/legislature/2023/2023-r/bills/s1718/draft-808173?id=808173 (Senate staff analysis, 2023-04-25)'],
		kind: 'primary'
	},
	{
		id: 'LA-74',
		title: 'LEITF Explainer: The Georgia Criminal Alien Track and Report Act of 2024',
		publisher: 'Law Enforcement Immigration Task Force',
		published: '2024-07', // shown as "2024-07"
		url: 'https://leitf.org/2024/07/leitf-explainer-the-georgia-criminal-alien-track-and-report-act-of-2024/',
		kind: 'secondary'
	},
	{
		id: 'LA-75',
		title: 'HB 1105 summaries',
		publisher: 'The Georgia Virtue; ImmigrationPoliticsGA; Seminole County SO',
		published: '2024', // shown as "2024"
		url: 'https://thegeorgiavirtue.com/georgia-legislature/rep-jesse-petrea-introduces-legislation-on-georgia-sheriffs-offices-violating-georgia-sanctuary-laws',
		mirrors: ['https://immigrationpoliticsga.com/hb-1105-the-georgia-criminal-alien-track-and-report-act-of-2024-explained', 'https://seminoleso.org/immigration-%26-nationality'],
		kind: 'secondary'
	},
	{
		id: 'LA-76',
		title: 'California SB 54 (2017), amended text',
		publisher: 'LegiScan',
		published: '2017-06-19', // shown as "version 2017-06-19"
		url: 'https://legiscan.com/CA/text/SB54/id/1635025/California-2017-SB54-Amended.html',
		kind: 'primary'
	},
	{
		id: 'LA-77',
		title: '"So, what is senate bill 54?"',
		publisher: 'KPRL',
		published: '2018-12-31', // shown as "2018-12-31"
		url: 'https://kprl.com/sb-54-12-31-2018/',
		kind: 'secondary'
	},
	{
		id: 'LA-78',
		title: 'California AB 2792 (TRUTH Act), chaptered; Assembly floor analysis',
		publisher: 'LegiScan; CA Legislature',
		published: '2016-09-28', // shown as "2016-09-28"
		url: 'https://legiscan.com./CA/text/AB2792/2015',
		mirrors: ['http://www.leginfo.ca.gov/pub/15-16/bill/asm/ab_2751-2800/ab_2792_cfa_20160830_174519_asm_floor.html'],
		kind: 'primary'
	},
	{
		id: 'LA-79',
		title: 'AB 2792 (2016)',
		publisher: 'Courage Score',
		published: null, // shown as "n.d."
		url: 'https://couragescore.org/bill/ab-2792-2016-2/',
		kind: 'secondary'
	},
	{
		id: 'LA-80',
		title: 'Illinois TRUST Act, Public Act 100-0463',
		publisher: 'Illinois General Assembly',
		published: '2017-08-28', // shown as "effective 2017-08-28"
		url: 'https://beta.ilga.gov/legislation/publicacts/fulltext.asp?Name=100-0463&print=true',
		kind: 'primary'
	},
	{
		id: 'LA-81',
		title: 'Keep Washington Working Act FAQ for Law Enforcement',
		publisher: 'Washington Attorney General',
		published: null, // shown as "n.d. (2019–20)"
		url: 'https://atg.wa.gov/index.php/keep-washington-working-act-faq-law-enforcement',
		kind: 'primary'
	},
	{
		id: 'LA-82',
		title: 'Keep Washington Working Act; Courts Open to All Act',
		publisher: 'Washington Defender Association (defensenet.org)',
		published: null, // shown as "n.d."
		url: 'https://defensenet.org/keep-washington-working-act/',
		kind: 'secondary'
	},
	{
		id: 'LA-83',
		title: 'Keep Washington Working Act summary',
		publisher: 'Safe Immigrants (safeimmigrants.us)',
		published: null, // shown as "n.d."
		url: 'https://www.safeimmigrants.us/washington-state-keep-washington-working-act',
		kind: 'secondary'
	},
	{
		id: 'LA-84',
		title: 'Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST (D. Or.)',
		publisher: 'casetext; Oregon Live',
		published: '2014-04-11', // shown as "2014-04-11"
		url: 'http://casetext.com/case/miranda-olivares-v-clackamas-cnty',
		mirrors: ['https://www.oregonlive.com/clackamascounty/2014/04/clackamas_county_violated_woma.html'],
		kind: 'primary'
	},
	{
		id: 'LA-85',
		title: 'Galarza v. Szalczyk, 745 F.3d 634 (3d Cir.)',
		publisher: 'vLex; ABA summary',
		published: '2014-03-04', // shown as "2014-03-04"
		url: 'https://case-law.vlex.com/vid/galarza-v-szalczyk-no-891240118',
		mirrors: ['http://apps.americanbar.org/ababoards/blog/blogpost.cfm?threadid=30205&catid=14911'],
		kind: 'primary'
	},
	{
		id: 'LA-86',
		title: 'Lunn v. Commonwealth, 477 Mass. 517',
		publisher: 'MassCases; Justia',
		published: '2017-07-24', // shown as "2017-07-24"
		url: 'http://masscases.com/cases/sjc/477/477mass517.html',
		mirrors: ['https://law.justia.com/cases/massachusetts/supreme-court/2017/sjc-12276.html'],
		kind: 'primary'
	},
	{
		id: 'LA-87',
		title: 'Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020); 416 F. Supp. 3d 995 (C.D. Cal. 2019)',
		publisher: 'casetext',
		published: '2020-09-11', // shown as "2020-09-11; 2019-09-27"
		url: 'http://casetext.com/case/gonzalez-v-us-immigration-customs-enft-1',
		mirrors: ['http://casetext.com/case/gonzalez-v-immigration-customs-enft/case-details'],
		kind: 'primary'
	},
	{
		id: 'LA-88',
		title: 'Padilla v. Kentucky, 559 U.S. 356 (syllabus)',
		publisher: 'ChanRobles',
		published: '2010-03-31', // shown as "2010-03-31"
		url: 'http://www.chanrobles.com/usa/us_supremecourt/559/08-651',
		kind: 'primary'
	},
	{
		id: 'LA-89',
		title: 'Laken Riley Act summaries',
		publisher: 'congress.wiki; ImmigrationIssues.com; presidentialactions.wtf (signed 2025-01-29)',
		published: '2025', // shown as "2025"
		url: 'https://congress.wiki/map/legislation/laken-riley-act-119hr29',
		mirrors: ['https://www.immigrationissues.com/the-laken-riley-act-who-is-subject-to-mandatory-detention-now/', 'https://presidentialactions.wtf/actions/0f3bc2ce-f2b0-4ac3-90fc-141d30b1aa31'],
		kind: 'secondary'
	},
	{
		id: 'LA-90',
		title: '"ICE Issues Interim Guidance for Civil Immigration Enforcement in or near Courthouses"',
		publisher: 'Immigration Policy Tracking Project',
		published: '2025-01-22', // shown as "2025-01-22"
		url: 'https://immpolicytracking.org/policies/ice-issues-interim-guidance-for-civil-immigration-enforcement-at-or-near-courthouses/',
		kind: 'secondary'
	},
	{
		id: 'LA-91',
		title: 'WIRED report on ICE\'s May 27, 2025 courthouse memo (reprint)',
		publisher: 'laughinghyena.io (WIRED text)',
		published: '2025', // shown as "2025"
		url: 'https://laughinghyena.io/tag/raids',
		kind: 'secondary'
	},
	{
		id: 'LA-92',
		title: '"ICE is more frequently detaining Utahns who meet with state probation agents"',
		publisher: 'The Salt Lake Tribune',
		published: '2025-04-02', // shown as "2025-04-02"
		url: 'https://www.sltrib.com/news/2025/04/02/several-utah-attorneys-have-said',
		kind: 'secondary'
	},
	{
		id: 'LA-93',
		title: 'Denver Adult Probation policy S-043 "Immigration Status"',
		publisher: 'Colorado 2nd Judicial District (copy on Scribd)',
		published: '2017-10', // shown as "2017-10"
		url: 'https://www.scribd.com/document/365400287/October-2017-Denver-Adult-Probation-Policy-Procedure',
		kind: 'primary'
	},
	{
		id: 'LA-94',
		title: '"US immigration agency explores data loophole…"',
		publisher: 'The Guardian (via PressReader)',
		published: '2022-04-21', // shown as "2022-04-21"
		url: 'http://www.pressreader.com/usa/the-guardian-usa/20220421/281668258528482',
		kind: 'secondary'
	},
	{
		id: 'LA-95',
		title: 'Consular Notification and Access, 5th ed.',
		publisher: 'U.S. Department of State (copy on docslib)',
		published: '2018-09', // shown as "2018-09"
		url: 'https://docslib.org/doc/6545262/consular-notification-and-access-manual',
		kind: 'primary'
	},
	{
		id: 'LA-96',
		title: '"Consular Notification and Access"',
		publisher: 'FBI Law Enforcement Bulletin',
		published: '2017-02', // shown as "2017-02"
		url: 'https://leb.fbi.gov/2017/february/consular-notification-and-access',
		kind: 'primary'
	},
	{
		id: 'LA-97',
		title: 'Identity History Summary Checks',
		publisher: 'FBI CJIS (edo.cjis.gov)',
		published: null, // shown as "current snapshot"
		url: 'https://www.edo.cjis.gov/components/welcome/welcomeView.html',
		kind: 'primary'
	},
	{
		id: 'LA-98',
		title: '28 C.F.R. Part 16, subpart C (§§16.30–16.34)',
		publisher: 'copy on OMB.report (as of 2023-06-14)',
		published: '2023', // shown as "2023"
		url: 'http://https.omb.report/icr/202304-1110-004/doc/133691100',
		kind: 'primary'
	},
	{
		id: 'LA-99',
		title: 'Reentry MythBuster: On Obtaining and Challenging FBI Criminal History Records',
		publisher: 'Federal Interagency Reentry Council (on Issuu)',
		published: '2017-02', // shown as "2017-02"
		url: 'https://issuu.com./csgjustice/docs/fbi-background-check-mb',
		kind: 'primary'
	},
	{
		id: 'LA-100',
		title: 'Freedom of Information Act (FOIA)',
		publisher: 'ICE',
		published: null, // shown as "current snapshot"
		url: 'https://www.ice.gov/foia',
		kind: 'primary'
	},
	{
		id: 'LA-101',
		title: '"A Step-by-Step Guide to Completing FOIA Requests with DHS" (practice advisory)',
		publisher: 'publisher not shown in the copy read (docslib)',
		published: '2020-09', // shown as "2020-09"
		url: 'https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs',
		kind: 'secondary'
	},
	{
		id: 'LA-102',
		title: 'ICE Detainer FAQ',
		publisher: 'Immigrant Defense Project',
		published: '2024', // shown as "updated 2024"
		url: 'https://www.immigrantdefenseproject.org/ice-detainer-faq/',
		kind: 'secondary'
	},
	{
		id: 'LA-103',
		title: 'Know-your-rights guidelines (courtesy of NILC)',
		publisher: 'Immigration Institute of the Bay Area',
		published: null, // shown as "n.d."
		url: 'https://iibayarea.org/resources',
		kind: 'secondary'
	},
	{
		id: 'LA-104',
		title: 'Immigrant Rights and Law Enforcement',
		publisher: 'Kentucky Equal Justice Center',
		published: null, // shown as "n.d."
		url: 'https://kyjustice.org/topics/immigrant-rights-and-law-enforcement',
		kind: 'secondary'
	},
	{
		id: 'LA-105',
		title: 'Practitioner views on bail with an ICE hold',
		publisher: 'The Nunez Firm (2023); Sanchez Roig Law; US Immigration Bonds',
		published: null, // shown as "various"
		url: 'https://www.thenunezfirm.com/post/ice-holds-criminal-law',
		mirrors: ['https://sanchezroiglaw.com/detention-bond/', 'https://www.usimmigrationbonds.com/criminal-bonds-ice-detainers/?amp'],
		kind: 'secondary'
	},
	{
		id: 'LA-106',
		title: 'Untangling the Immigration Enforcement Web',
		publisher: 'National Immigration Law Center (copy on docslib)',
		published: '2017-09', // shown as "2017-09"
		url: 'https://docslib.org/doc/8106407/untangling-the-immigration-enforcement',
		kind: 'secondary'
	},
	{
		id: 'LA-107',
		title: 'Immigration Enforcement–related Information Sharing and Privacy Protection (resource list)',
		publisher: 'NILC',
		published: '2022', // shown as "updated 2022-05"
		url: 'https://www.nilc.org/imm-enforcement-info-sharing-and-privacy-protection/',
		kind: 'secondary'
	},
	{
		id: 'LA-108',
		title: 'CBP "Mobile Identify" launch and removal',
		publisher: '404 Media',
		published: '2025-11', // shown as "2025-11 and later"
		url: 'https://www.404media.co/cbp-quietly-launches-face-scanning-app-for-local-cops-to-do-immigration-enforcement',
		mirrors: ['https://www.404media.co/dhss-immigrant-hunting-app-removed-from-google-play-store'],
		kind: 'secondary'
	},
	{
		id: 'LA-109',
		title: '"The TRUTH Act, the TRUST Act, ICE Detainers and California Law Enforcement"',
		publisher: 'Jones & Mayer',
		published: '2016-12-05', // shown as "2016-12-05"
		url: 'http://www.jones-mayer.com/news/2016/12/05/vol-31-no-25-the-truth-act-the-trust-act-ice-detainers-and-california-law-enforcement/',
		kind: 'secondary'
	},
	{
		id: 'LA-110',
		title: '"Federal Fingerprint Sharing Program Meets Resistance"',
		publisher: 'Government Technology',
		published: '2011', // shown as "c. 2011"
		url: 'https://www.govtech.com/public-safety/Federal-Fingerprint-Sharing-Program-Meets-Resistance.html',
		kind: 'secondary'
	},
	{
		id: 'LA-111',
		title: '"DOGE\'s infiltration into core of federal biometrics management sets off alarms"',
		publisher: 'Biometric Update',
		published: '2025-05', // shown as "2025-05"
		url: 'https://www.biometricupdate.com/202505/doges-infiltration-into-core-of-federal-biometrics-management-sets-off-alarms',
		kind: 'secondary'
	},
	{
		id: 'LA-112',
		title: 'DHS/ICE-011 Immigration and Enforcement Operational Records (ENFORCE) SORN update, 75 FR 23274',
		publisher: 'Federal Register (GPO)',
		published: '2010-05-03', // shown as "2010-05-03"
		url: 'http://edocket.access.gpo.gov/2010/2010-10286.htm',
		kind: 'primary'
	},
	{
		id: 'LA-113',
		title: '"New ICE Detainer Policy"',
		publisher: 'National Institute of Jail Operations (jailtraining.org)',
		published: '2017-03-28', // shown as "2017-03-28"
		url: 'http://jailtraining.org/2017/03/28/new-ice-detainer-policy/',
		kind: 'secondary'
	},
	{
		id: 'LA-114',
		title: 'ICE API/data index entry: "ICE Online Detainee Locator System (ODLS)"',
		publisher: 'api-evangelist (GitHub, third-party index)',
		published: '2025-03-01', // shown as "created 2025-03-01; modified 2026-04-28"
		url: 'https://raw.githubusercontent.com/api-evangelist/ice/refs/heads/main/apis.yml',
		kind: 'secondary'
	},
	{
		id: 'LA-115',
		title: '"Secure Communities: Using Biometrics…" information packet for law enforcement agencies (FOIA release)',
		publisher: 'ICE (copy on vdocuments.site)',
		published: '2010-03', // shown as "2010-03"
		url: 'https://vdocuments.site/secure-commun-using-biometrics-new-technology-being-deployed-across-the-country.html',
		kind: 'primary'
	},
];
