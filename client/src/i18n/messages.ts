import * as ask from './messages/ask';
import * as auth from './messages/auth';
import * as charts from './messages/charts';
import * as connection from './messages/connection';
import * as core from './messages/core';
import * as dates from './messages/dates';
import * as documents from './messages/documents';
import * as editForms from './messages/edit-forms';
import * as edits from './messages/edits';
import * as facts from './messages/facts';
import * as money from './messages/money';
import * as network from './messages/network';
import * as profile from './messages/profile';
import * as reports from './messages/reports';
import * as representation from './messages/representation';
import * as states from './messages/states';
import * as types from './messages/types';

// Every feature keeps its strings in a module of its own under messages/, in both languages; this file joins
// them. A key missing in English is a type error.
const modules = [
  core,
  network,
  representation,
  connection,
  reports,
  money,
  facts,
  auth,
  edits,
  editForms,
  documents,
  profile,
  states,
  charts,
  types,
  dates,
  ask,
] as const;

type Join<T extends readonly { nb: object }[]> = T[number]['nb'];
type Union<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

export type Messages = Union<Join<typeof modules>>;
export type MessageKey = keyof Messages;

export const nb = Object.assign({}, ...modules.map((module) => module.nb)) as Record<MessageKey, string>;
export const en = Object.assign({}, ...modules.map((module) => module.en)) as Record<MessageKey, string>;
