// Strings of the date field (components/DateInput.tsx, lib/dates.ts), in both languages.
export const nb = {
  'dateInput.placeholder': 'dd.mm.åååå',
  'dateInput.hint': 'Skriv datoen som dd.mm.åååå.',
  'dateInput.format': 'Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024.',
  'dateInput.noSuchMonth': '«{text}» er ikke en dato: måneden må være fra 1 til 12, ikke {month}.',
  'dateInput.noSuchDay': '«{text}» finnes ikke: {month} {year} har {days} dager.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'dateInput.placeholder': 'dd/mm/yyyy',
  'dateInput.hint': 'Write the date as dd/mm/yyyy.',
  'dateInput.format': 'Write the date as dd/mm/yyyy, for example 31/12/2024.',
  'dateInput.noSuchMonth': '“{text}” is not a date: the month must be from 1 to 12, not {month}.',
  'dateInput.noSuchDay': '“{text}” does not exist: {month} {year} has {days} days.',
};
