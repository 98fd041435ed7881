// Who publishes a pack and which one it is: a pack keeps its id from one version to the next, so a
// colleague's panel can tell a newer version of a pack it took from another pack.
import { z } from 'zod';

export const PackPublisher = z.object({
  /** 单位 and 姓名 from the publisher's author profile; either may be empty. */
  unit: z.string().max(100),
  name: z.string().max(100),
});
export type PackPublisher = z.infer<typeof PackPublisher>;

export const PackHeader = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  publisher: PackPublisher,
  /** When any item in it last changed. */
  updatedAt: z.number().int().nonnegative(),
});
export type PackHeader = z.infer<typeof PackHeader>;
