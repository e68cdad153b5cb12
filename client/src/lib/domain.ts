// The rules the client shares with the server, from their one home in server/src/domain (pure modules, no I/O):
// name folding for matching, Norwegian alphabetical order, ISO dates, the order of the user roles, the vocabulary's role links and wording keys. The client imports nothing else of the
// server's.

export { ROLE_ORDER } from '../../../server/src/domain/access';
export { isIsoDate } from '../../../server/src/domain/dates';
export { byName, compareNames, foldName } from '../../../server/src/domain/names';
export { OWN_OFFICES } from '../../../server/src/domain/representation';
export { ROLE_LINK_TYPES, relationPhraseKeys } from '../../../server/src/domain/vocabulary';
