// A share as its form starts, and whether it says enough to try it.

import type { SyncShareInput } from "../api";

export function newShare(): SyncShareInput {
  return { kind: "folder", address: "", user: "", password: "", region: "" };
}

/** An address, and for a server its user (or access key) and password (or secret key). */
export function shareReady(share: SyncShareInput): boolean {
  return share.address.trim() !== "" && (share.kind === "folder" || (share.user.trim() !== "" && share.password !== ""));
}
