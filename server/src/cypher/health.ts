import { readStatement } from '../graph/statement.js';

/** The cheapest statement that proves the database answers (for /ready and before an export starts). */
export const ping = readStatement('ping', 'RETURN 1 AS ok');
