import type { Permission } from '../../domain/access/permissions.ts';
import type { Principal } from '../../domain/access/roles.ts';

/** Who may call a route: nobody needs a session (`public`), any signed-in person, or a permission. */
export type Access = 'public' | 'authenticated' | Permission;

export interface SessionPrincipal extends Principal {
  sessionId: string;
  csrfToken: string;
  locale: string;
  displayName: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: SessionPrincipal | null;
    /** Set when a session cookie was presented but had expired, so a protected route can say so. */
    sessionExpired: boolean;
  }
}
