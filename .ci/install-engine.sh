#!/bin/bash
# Install the container engine the `engine` tests use: podman + buildah on an isolated vfs store, runc for
# `podman run`, a static busybox for the stand-in base images, and debootstrap for the real Python base the
# tool's own image is built from (tests/python_base.py). Debian/Ubuntu, run as root (or with sudo).
# Idempotent and non-interactive. When installation is impossible it says so and exits 0: the engine tests
# then skip with a reason instead of failing.
set -u

# make: Makefile-orchestrated legacy flows run on the host under `migrate verify`.
# debootstrap: a Debian python3 root file system standing in for python:3.12-slim (no registry to pull from).
PACKAGES=(podman buildah runc busybox-static make debootstrap)

note() { printf 'install-engine: %s\n' "$*"; }
give_up() { note "$* -- engine tests will be skipped"; exit 0; }

have_all() {
    command -v podman >/dev/null 2>&1 && command -v buildah >/dev/null 2>&1 \
        && command -v runc >/dev/null 2>&1 && command -v make >/dev/null 2>&1 \
        && dpkg -s busybox-static >/dev/null 2>&1 && dpkg -s debootstrap >/dev/null 2>&1
}

if have_all; then
    note "already installed: $(podman --version), $(buildah --version | cut -d' ' -f1-3)"
    exit 0
fi

command -v apt-get >/dev/null 2>&1 || give_up "no apt-get on this machine; install ${PACKAGES[*]} by hand"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        give_up "not root and no password-less sudo"
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -q; then
    give_up "apt-get update failed"
fi
# With recommends, as verified on Debian 12 (podman's recommends bring its network and storage helpers).
# busybox-static replaces the dynamic busybox package if that is installed; apt resolves it.
$SUDO apt-get install -y -q "${PACKAGES[@]}" || give_up "apt-get install ${PACKAGES[*]} failed"

have_all || give_up "packages installed but a command is still missing"
note "installed: $(podman --version), $(buildah --version | cut -d' ' -f1-3), $(runc --version | head -n 1)"
