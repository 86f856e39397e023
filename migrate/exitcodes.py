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
    INTERNAL = 123  # a bug: message on stderr, nothing half-written
    INTERRUPTED = 130  # bulk: stopped by Ctrl-C (SIGINT); every finished repository is in the results file


EXIT_MEANINGS: dict[Exit, str] = {
    Exit.OK: "success: migrated, or nothing to migrate",
    Exit.PENDING: "--check/--diff: a migration is pending",
    Exit.USAGE: "usage error (bad option, missing path)",
    Exit.BLOCKED: "blocked: a legacy setup was found but cannot be migrated safely; nothing was written",
    Exit.DIFFERENT: "verify: the two images differ",
    Exit.NO_ENGINE: "verify: no usable container engine (Docker daemon or podman)",
    Exit.NO_BASE_IMAGE: "verify: a base image is missing from the engine's local store (nothing is pulled)",
    Exit.BUILD_FAILED: "verify: the legacy or the migrated flow failed to build an image",
    Exit.INTERNAL: "internal error (a bug): message on stderr, nothing half-written",
    Exit.INTERRUPTED: "bulk: interrupted (Ctrl-C); the repositories finished so far are in the results file",
}
