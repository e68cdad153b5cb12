import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded graph in ./data/graph when NEO4J_URI is not set', () => {
    const config = loadConfig({}, '/srv/regiongraf');
    expect(config.storage).toEqual({ engine: 'grafeo', directory: '/srv/regiongraf/data/graph' });
    expect(config.port).toBe(4000);
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' }, '/');
    expect(config.storage).toMatchObject({ engine: 'neo4j', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j' });
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'not a uri' }, '/')).toThrow(
      /PORT[\s\S]*NEO4J_URI|NEO4J_URI[\s\S]*PORT/,
    );
  });
});
