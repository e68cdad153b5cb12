import type { FunderResolvers, GrantResolvers } from '../generated/graphql.js';
import { entityFields } from './shared.js';

export const Funder: FunderResolvers = { ...entityFields };

export const Grant: GrantResolvers = { ...entityFields };
