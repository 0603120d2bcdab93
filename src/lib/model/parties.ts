/**
 * Everyone and everything that holds data in any scenario, merged from one file per scenario in
 * parties/ (a party is defined once, in the file of the scenario that first needed it).
 * Words: `parties.<id>` in locales/<lang>/model.json.
 */
import { benefitsParties } from './parties/benefits';
import { eVerifyParties } from './parties/e-verify';
import { localArrestParties } from './parties/local-arrest';

/** Each file's parties, for the test that no id is defined twice. */
export const partyFiles = [eVerifyParties, localArrestParties, benefitsParties];

export const parties = { ...eVerifyParties, ...localArrestParties, ...benefitsParties };

export type PartyId = keyof typeof parties;

/** All party ids, in registry order. */
export const partyIds = Object.keys(parties) as PartyId[];
