// The colour of a request's status tag, the same on the inbox, the request page and the archive.
export type StatusTagType = 'success' | 'danger' | 'warning' | 'info' | 'primary';

export function requestStatusTag(status: string): StatusTagType {
  if (status === 'approved' || status === 'completed') return 'success';
  if (status === 'rejected' || status === 'terminated') return 'danger';
  if (status === 'returned') return 'warning';
  if (status === 'withdrawn') return 'info';
  return 'primary';
}
