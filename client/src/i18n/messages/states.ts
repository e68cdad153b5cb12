// Loading, errors and the not-found page (issue 16, point 7): every message in the visitor's language, each with
// a way on; and the browser tab's title.
export const nb = {
  'state.retry': 'Prøv igjen',
  'state.offline': 'Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
  'state.unavailable': 'Databasen svarer ikke akkurat nå. Prøv igjen om litt.',
  'state.failed': 'Noe gikk galt da siden skulle hentes. Prøv igjen, eller gå til forsiden.',
  'state.busy': 'Serveren har mange forespørsler akkurat nå. Vent litt og prøv igjen.',
  'state.badInput': 'Det du ba om, kan ikke vises: {message}',
  'state.tooLarge': 'Svaret ville blitt for stort. Velg færre om gangen.',
  'state.forbidden': 'Du har ikke tilgang til dette.',
  'state.signIn': 'Du må logge inn for å se dette.',
  'state.loadingPage': 'Laster siden …',
  'notFound.title': 'Fant ikke siden',
  'notFound.entityTitle': 'Fant ikke oppføringen',
  'notFound.body':
    'Det finnes ingen side på adressen {path}. Lenken kan være skrevet feil, eller siden kan være flyttet.',
  'notFound.entityBody':
    'Grafen har ingen oppføring med id-en «{id}». Den kan være slått sammen med en annen eller skrevet feil.',
  'notFound.search': 'Søk etter det du lette etter',
  'notFound.home': 'Gå til forsiden',
  'title.suffix': 'Regiongraf',
  'title.notFound': 'Fant ikke siden',
  'nav.representationShort': 'Representasjon',
  'nav.connectionShort': 'Forbindelse',
};

export const en: Record<keyof typeof nb, string> = {
  'state.retry': 'Try again',
  'state.offline': 'Could not reach the server. Check your connection and try again.',
  'state.unavailable': 'The database is not answering right now. Try again in a moment.',
  'state.failed': 'Something went wrong fetching the page. Try again, or go to the front page.',
  'state.busy': 'The server is busy right now. Wait a moment and try again.',
  'state.badInput': 'What you asked for cannot be shown: {message}',
  'state.tooLarge': 'The answer would be too large. Choose fewer at a time.',
  'state.forbidden': 'You do not have access to this.',
  'state.signIn': 'Sign in to see this.',
  'state.loadingPage': 'Loading the page …',
  'notFound.title': 'Page not found',
  'notFound.entityTitle': 'Entry not found',
  'notFound.body': 'There is no page at {path}. The link may be mistyped, or the page may have moved.',
  'notFound.entityBody':
    'The graph has no entry with the id “{id}”. It may have been merged into another, or be mistyped.',
  'notFound.search': 'Search for what you were looking for',
  'notFound.home': 'Go to the front page',
  'title.suffix': 'Regiongraf',
  'title.notFound': 'Page not found',
  'nav.representationShort': 'Representation',
  'nav.connectionShort': 'Connection',
};
