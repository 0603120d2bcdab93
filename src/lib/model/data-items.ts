/**
 * Every kind of personal data the scenarios move, merged from one file per scenario in
 * data-items/ (an item is defined once). Words: `dataItems.<id>` in locales/<lang>/model.json.
 */
import { benefitsDataItems } from './data-items/benefits';
import { eVerifyDataItems } from './data-items/e-verify';
import { localArrestDataItems } from './data-items/local-arrest';

/** Each file's items, for the test that no id is defined twice. */
export const dataItemFiles = [eVerifyDataItems, localArrestDataItems, benefitsDataItems];

export const dataItems = { ...eVerifyDataItems, ...localArrestDataItems, ...benefitsDataItems };

export type DataItemId = keyof typeof dataItems;

export const dataItemIds = Object.keys(dataItems) as DataItemId[];
