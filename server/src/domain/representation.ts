// "Who represents whom": the column of a municipality's own offices (roles held in the municipality itself, not in
// a body) has no body id, so the page's address and the export's `organ` parameter name it with this word.
export const OWN_OFFICES = 'egne';
