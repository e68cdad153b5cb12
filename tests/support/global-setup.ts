import { existsSync } from 'node:fs';
import { CHROMIUM } from './browser.js';

// Runs once per `vitest run` (test files run isolated, so a notice printed from inside them would repeat).
export default function setup(): void {
  if (!process.env.NEO4J_URI && process.env.REQUIRE_NEO4J !== '1') {
    console.warn('Neo4j suite skipped: NEO4J_URI is not set (npm run neo4j starts a local Neo4j 5; .ci/run does it).');
  }
  if (!existsSync(CHROMIUM) && process.env.REQUIRE_BROWSER !== '1') {
    console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does it).`);
  }
}
