// A snippet's part in a report. Kept apart from schemas.ts so the panel's first screen can list
// the roles without loading zod.
export const SNIPPET_ROLES = ['opening', 'work', 'problem', 'cause', 'measure', 'closing', 'other'] as const;
