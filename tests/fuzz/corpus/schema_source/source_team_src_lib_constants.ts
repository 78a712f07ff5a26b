// Labels shown in the admin screens; the enum values of users.status are their keys.
export const STATUS_LABELS = { active: "Active", invited: "Invited", banned: "Banned" };

export const STATUSES = Object.keys(STATUS_LABELS) as [string, ...string[]];
