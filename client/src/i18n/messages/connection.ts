// Strings of the connection feature, in both languages.
export const nb = {} as const;

export const en: Record<keyof typeof nb, string> = {};
