export function serveStatic(mounts: Record<string, string>, port?: number): Promise<{ url: string; close(): Promise<void> }>;
