export const CHROMIUM_MISSING: string;
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | undefined;
