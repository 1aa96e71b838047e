// What the engine may know of the world: the time, an id source and the org directory. Nothing
// else reaches it (DESIGN.md section 4), so every answer depends only on its inputs.

export interface DirectoryUser {
  id: string;
  name?: string;
  email?: string;
  department?: string;
  roles?: readonly string[];
  /** Inactive users get no tasks. */
  active?: boolean;
  /** May terminate any request (besides the flow's settings.admins). */
  admin?: boolean;
}

export interface DirectoryDepartment {
  id: string;
  name?: string;
  parent?: string;
  head?: string;
}

export interface OutOfOffice {
  delegate: string;
  until?: string;
}

/** A small synchronous port onto the org directory. */
export interface Directory {
  user(id: string): DirectoryUser | undefined;
  /** The user's direct manager. */
  manager(userId: string): string | undefined;
  department(id: string): DirectoryDepartment | undefined;
  departmentOf(userId: string): string | undefined;
  membersOfRole(role: string): readonly string[];
  /** The delegate of a user who is away at `at` (RFC 3339), if any. */
  outOfOffice(userId: string, at: string): OutOfOffice | undefined;
}

export interface Ids {
  /** A new id, unique in the server's store; `prefix` hints at what it names. */
  next(prefix: string): string;
}

export interface Env {
  /** The current time, RFC 3339. */
  now: string;
  ids: Ids;
  directory: Directory;
}
