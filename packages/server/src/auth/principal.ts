// Who is calling, and what the platform role lets them do. Object-level checks (this task, this
// definition) live beside the objects; this file holds the coarse levels the route table names.
import type { SystemRole } from '../store/database.ts';

export interface Principal {
  userId: string;
  name: string;
  systemRole: SystemRole;
  /** Org roles (business roles such as finance-lead). */
  roles: string[];
  department: string | null;
  via: 'session' | 'api-token';
}

/** The access level a route requires. */
export type Access = 'public' | 'user' | 'designer' | 'admin';

const RANK: Record<SystemRole, number> = { member: 0, designer: 1, admin: 2 };

export function meets(principal: Principal, access: Access): boolean {
  switch (access) {
    case 'public':
    case 'user':
      return true;
    case 'designer':
      return RANK[principal.systemRole] >= RANK.designer;
    case 'admin':
      return principal.systemRole === 'admin';
  }
}
