/** Serbian Cyrillic → Latin, letter for letter. */
export function cyrToLat(text: string): string;
