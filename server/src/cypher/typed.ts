// A property's type, asked of the database: a date compares with a date (true or false), anything else gives null;
// likewise a date-time with an offset. $dateFloor and $dateTimeFloor are the earliest of each.
/** A list of {key, value, isDate, isDateTime}, one per property of the node or relationship `variable`. */
export const typedProperties = (variable: string): string => `[key IN keys(${variable}) | {
  key: key,
  value: ${variable}[key],
  isDate: (${variable}[key] >= date($dateFloor)) IS NOT NULL,
  isDateTime: (${variable}[key] >= datetime($dateTimeFloor)) IS NOT NULL
}]`;
