// "Who represents whom": the column of a municipality's own offices (roles held in the municipality itself, not in
// a body) has no body id, so the page's address and the export's `organ` parameter name it with this word.
export const OWN_OFFICES = 'egne';

/** How many municipalities the representation page asks for at a time ("Vis flere kommuner" asks for the next ones). */
export const MUNICIPALITY_PAGE = 100;
