// The rules the client shares with the server, from their one home in server/src/domain (pure modules, no I/O):
// name folding for matching, Norwegian alphabetical order, ISO dates, a role's status on a day (the seat rules),
// which grants a total counts, the order of the user roles, the vocabulary's role links and wording keys. The client
// imports nothing else of the
// server's.

export { ROLE_ORDER, roleAllows } from '../../../server/src/domain/access';
export { attendanceFromWording, isAttendanceWording } from '../../../server/src/domain/attendance';
export {
  CLIENT_ROUTES,
  type ClientRouteName,
  findReportPage,
  matchClientRoute,
  REPORT_PAGES,
  type ReportPage,
  type ReportPageName,
} from '../../../server/src/domain/client-routes';
export { isIsoDate } from '../../../server/src/domain/dates';
export { countedGrants } from '../../../server/src/domain/grants';
export { byName, compareNames, foldName, foldWhitespace } from '../../../server/src/domain/names';
export { MUNICIPALITY_PAGE, OWN_OFFICES } from '../../../server/src/domain/representation';
export { roleStatus } from '../../../server/src/domain/seats';
export { RELATION_ENDS, ROLE_LINK_TYPES, relationPhraseKeys } from '../../../server/src/domain/vocabulary';
