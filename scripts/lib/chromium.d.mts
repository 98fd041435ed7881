export function findChromium(): string | null;
export const NO_CHROMIUM_MESSAGE: string;
export function extensionArgs(extensionDir: string, options?: { headless?: boolean; debugPort?: number; lang?: string }): string[];
export function browserEnv(lang?: string): Record<string, string | undefined>;
