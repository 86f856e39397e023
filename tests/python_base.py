"""A real Python base image for the engine test that builds the tool's own image (`Dockerfile`).

The stand-in base images (engine_support.py) are busybox with scripts answering for `python` and `pip`, and
no registry is reachable to pull `python:3.12-slim`. So this module makes a base of its own: Debian's
minimal root file system with python3, python3-venv, python-is-python3 and ca-certificates, made with
`debootstrap --variant=minbase` (about 40 s and 275 MB; it needs root and the debootstrap package, which
`.ci/install-engine.sh` installs) and imported into the engine's store as `localhost/migrate-test-python:…`.
The test passes it to the build as `--build-arg PYTHON_IMAGE=…`; the Dockerfile's default stays
`python:3.12-slim`. Debian 12's python3 is 3.11, the oldest the project supports.

The debootstrapped root file system is kept as a tarball in
`${XDG_CACHE_HOME:-~/.cache}/dockerfile-migrate-tests/`, named after a hash of the suite, architecture and
package list, so a local rerun imports it in seconds instead of debootstrapping again (delete the file to
make a fresh one). CI starts on a fresh machine and debootstraps once per run.

Environment:
  MIGRATE_TEST_DEBIAN_MIRROR  the Debian mirror debootstrap downloads from (default http://deb.debian.org/debian)
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
from pathlib import Path

from migrate.verify.engine import Engine, EngineError

SUITE = "bookworm"
PACKAGES: tuple[str, ...] = ("python3", "python3-venv", "python-is-python3", "ca-certificates")
MIRROR_ENV = "MIGRATE_TEST_DEBIAN_MIRROR"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# The host's CA bundle, where the common distributions keep it (see _ca_layer).
HOST_CA_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem")
_LOG_TAIL = 15  # lines of debootstrap's log a skip reason quotes


def cache_key() -> str:
    text = f"{SUITE} minbase {platform.machine()} {' '.join(sorted(PACKAGES))}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def image_name() -> str:
    return f"localhost/migrate-test-python:{SUITE}-{cache_key()}"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dockerfile-migrate-tests"


def _tail(text: str, lines: int = _LOG_TAIL) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _debootstrap(workdir: Path) -> tuple[Path | None, str]:
    """Debootstrap into workdir and pack the result as a tarball: its path, or None and why not."""
    debootstrap = shutil.which("debootstrap") or shutil.which("debootstrap", path="/usr/sbin:/sbin")
    if debootstrap is None:
        return None, "debootstrap is not installed (apt-get install debootstrap; .ci/install-engine.sh does)"
    if os.geteuid() != 0:
        return None, "debootstrap needs root to make the Python base image"
    rootfs = workdir / "python-rootfs"
    shutil.rmtree(rootfs, ignore_errors=True)
    mirror = os.environ.get(MIRROR_ENV) or DEFAULT_MIRROR
    argv = [debootstrap, "--variant=minbase", f"--include={','.join(PACKAGES)}", SUITE, str(rootfs), mirror]
    try:
        done = subprocess.run(
            argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace", timeout=1200
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(rootfs, ignore_errors=True)
        return None, f"debootstrap from {mirror} took over 20 minutes"
    if done.returncode != 0:
        inner = rootfs / "debootstrap" / "debootstrap.log"  # the detail debootstrap's own output points to
        log = inner.read_text(errors="replace") if inner.is_file() else ""
        shutil.rmtree(rootfs, ignore_errors=True)
        return None, (
            f"debootstrap {SUITE} from {mirror} failed (exit {done.returncode}; set {MIRROR_ENV} for another "
            f"mirror):\n{_tail(done.stdout + done.stderr)}" + (f"\n--- debootstrap.log:\n{_tail(log)}" if log else "")
        )
    tarball = workdir / "python-rootfs.tar"
    # The image has no use for the downloaded packages; /dev, /proc and /sys are the runtime's.
    excludes = ["./var/cache/apt/archives/*.deb", "./var/lib/apt/lists/*", "./dev/*", "./proc/*", "./sys/*"]
    packed = subprocess.run(
        ["tar", "-C", str(rootfs), "--numeric-owner", *(f"--exclude={e}" for e in excludes), "-cf", str(tarball), "."],
        capture_output=True,
        text=True,
        errors="replace",
    )
    shutil.rmtree(rootfs, ignore_errors=True)
    if packed.returncode != 0:
        return None, f"cannot pack the debootstrapped root file system: {_tail(packed.stderr)}"
    return tarball, ""


def rootfs_tarball(workdir: Path) -> tuple[Path | None, str]:
    """The cached root file system tarball, made first when it is not there: its path, or None and why not."""
    cached = cache_dir() / f"python-{SUITE}-{cache_key()}.tar"
    if cached.is_file():
        return cached, ""
    tarball, reason = _debootstrap(workdir)
    if tarball is None:
        return None, reason
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(tarball, partial)  # a copy when the cache is on another file system
        partial.replace(cached)  # atomic: a concurrent session sees the whole tarball or none
    except OSError:  # no cache this time (a read-only home, a full disk): the tarball still serves
        if partial.is_file() and not tarball.exists():
            shutil.move(partial, tarball)
        partial.unlink(missing_ok=True)
        return tarball, ""
    return cached, ""


def _ca_layer(engine: Engine, rootfs_image: str, name: str, workdir: Path) -> None:
    """Tag `name` as `rootfs_image` with the host's CA bundle in place of Debian's.

    The base stands in for python:*-slim on a network whose egress re-signs TLS with its own CA, which only
    the host's bundle holds: without it pip in the build fails with CERTIFICATE_VERIFY_FAILED. On an ordinary
    network the host's bundle holds the same public CAs as Debian's. This is the test's base image only; the
    project's Dockerfile never carries it. The cached tarball stays Debian's own, so a new host CA needs no
    new debootstrap."""
    bundle = next((Path(p) for p in HOST_CA_BUNDLES if Path(p).is_file()), None)
    if bundle is None:
        engine.run("tag", rootfs_image, name)
        return
    context = workdir / "python-base-context"
    context.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundle, context / "ca-certificates.crt")
    (context / "Containerfile").write_text(
        f"FROM {rootfs_image}\nCOPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt\n"
    )
    engine.run("build", *engine.no_pull(), "-f", str(context / "Containerfile"), "-t", name, str(context), timeout=600)


def python_base_image(engine: Engine, workdir: Path) -> tuple[str | None, str]:
    """A real Python base image in the engine's store (made when absent): its name, or None and why not."""
    name = image_name()
    if engine.image_exists(name):
        return name, ""
    workdir.mkdir(parents=True, exist_ok=True)
    tarball, reason = rootfs_tarball(workdir)
    if tarball is None:
        return None, reason
    rootfs_image = f"{name}-rootfs"
    # The engine works (the session's fixture checked it): a failure here fails the test, it is not a skip.
    try:
        engine.run(
            "import",
            "--change",
            f"ENV {PATH_ENV}",
            "--change",
            'CMD ["python3"]',
            str(tarball),
            rootfs_image,
            timeout=600,
        )
    except EngineError as exc:
        raise EngineError(f"cannot import {tarball} (delete it to debootstrap again): {exc}") from exc
    _ca_layer(engine, rootfs_image, name, workdir)
    return name, ""
