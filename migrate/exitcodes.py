"""The process exit codes: the one table the CLI, the README and the tests share."""

from enum import IntEnum


class Exit(IntEnum):
    OK = 0  # migrated, or nothing to migrate
    PENDING = 1  # --check / --diff: a migration is pending
    USAGE = 2  # bad option, missing path
    BLOCKED = 3  # a legacy setup was found but cannot be migrated safely; nothing written
    DIFFERENT = 4  # verify: the two images differ
    # verify could not compare: one code per cause, so CI can tell "fix the machine" from "fix the migration"
    NO_ENGINE = 5  # verify: no usable container engine (no Docker daemon, no working podman)
    NO_BASE_IMAGE = 6  # verify: a base image is not in the engine's local store (verify never pulls)
    BUILD_FAILED = 7  # verify: the legacy or the migrated flow failed to build an image
    OUTPUT = 8  # standard output cannot take the report (a closed pipe, a full disk); stderr says what was written
    INTERNAL = 123  # a bug: message on stderr, nothing half-written
    INTERRUPTED = 130  # stopped by Ctrl-C or SIGTERM: a write in progress finished or rolled back, stderr says which


EXIT_MEANINGS: dict[Exit, str] = {
    Exit.OK: "success: migrated, or nothing to migrate",
    Exit.PENDING: "--check/--diff: a migration is pending",
    Exit.USAGE: "usage error (bad option, missing path)",
    Exit.BLOCKED: "blocked: a legacy setup was found but cannot be migrated safely; nothing was written",
    Exit.DIFFERENT: "verify: the two images differ",
    Exit.NO_ENGINE: "verify: no usable container engine (Docker daemon or podman)",
    Exit.NO_BASE_IMAGE: "verify: a base image is missing from the engine's local store (nothing is pulled)",
    Exit.BUILD_FAILED: "verify: the legacy or the migrated flow failed to build an image",
    Exit.OUTPUT: "standard output cannot take the report (closed pipe, full disk); stderr says what was written",
    Exit.INTERNAL: "internal error (a bug): message on stderr, nothing half-written",
    Exit.INTERRUPTED: "interrupted (Ctrl-C or SIGTERM): a write in progress is finished or rolled back and stderr "
    "says which; bulk: the repositories finished so far are in the results file",
}
