"""The process exit codes: the one table the CLI, the README and the tests share."""

from enum import IntEnum


class Exit(IntEnum):
    OK = 0  # migrated, or nothing to migrate
    PENDING = 1  # --check / --diff: a migration is pending
    USAGE = 2  # bad option, missing path
    BLOCKED = 3  # a legacy setup was found but cannot be migrated safely; nothing written
    DIFFERENT = 4  # verify: the two images differ
    INTERNAL = 123  # a bug: message on stderr, nothing half-written


EXIT_MEANINGS: dict[Exit, str] = {
    Exit.OK: "success: migrated, or nothing to migrate",
    Exit.PENDING: "--check/--diff: a migration is pending",
    Exit.USAGE: "usage error (bad option, missing path)",
    Exit.BLOCKED: "blocked: a legacy setup was found but cannot be migrated safely; nothing was written",
    Exit.DIFFERENT: "verify: the two images differ",
    Exit.INTERNAL: "internal error (a bug): message on stderr, nothing half-written",
}
