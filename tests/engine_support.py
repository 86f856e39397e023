"""Engine tests' support: find a usable engine and build stand-in base images from a static busybox."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from collections.abc import Iterable
from pathlib import Path

from migrate.verify.engine import (
    Engine,
    EngineError,
    EngineUnavailable,
    check_usable,
    detect_engine,
    podman_engine,
)

# The base images the corpus and the tests build FROM. Add a name here and every engine test session has it.
STANDIN_IMAGES: tuple[str, ...] = (
    "alpine:3.19",
    "alpine:latest",
    "busybox:1.36",
    "debian:12-slim",
    "golang:1.22-alpine",
    "golang:1.22",
    "openjdk:11-jdk-slim",
    "openjdk:17-jdk-slim",
    "eclipse-temurin:17-jre",
    "maven:3-eclipse-temurin-17",
    "node:20-alpine",
    "gcc:13",
    "python:3.12-slim",
)
# Stand-ins whose config differs from the others' (the same rootfs, imported with these changes): a base image
# that runs as a non-root user, as CircleCI's convenience images do.
STANDIN_CONFIGS: dict[str, tuple[str, ...]] = {
    "cimg/go:1.22": ("USER app", "WORKDIR /home/app"),
}
EXTRA_IMAGES_ENV = "MIGRATE_TEST_EXTRA_IMAGES"  # space-separated names added to the list above
ALLOW_DOCKER_ENV = "MIGRATE_TEST_ENGINE"  # "docker" lets tests tag stand-ins in a real Docker daemon

PASSWD = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n"
GROUP = "root:x:0:\napp:x:1000:\n"
PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# Deterministic stand-in tools: the same inputs give byte-identical outputs, so two builds of the same sources
# compare equal. Each prints nothing but what a person needs to follow a build log.
_HASH = """\
h() { sha256sum | cut -d' ' -f1; }
hash_files() { for f in "$@"; do if [ -f "$f" ]; then printf '%s %s\\n' "$f" "$(h < "$f")"; fi; done; }
hash_tree() { find "$@" -type f 2>/dev/null | LC_ALL=C sort | while read -r f; do hash_files "$f"; done; }
"""

STANDIN_COMMANDS: dict[str, str] = {
    "javac": _HASH
    + r"""
out=""; srcs=""
while [ $# -gt 0 ]; do
  case "$1" in
    -d) out=$2; shift 2 ;;
    -cp|-classpath|--class-path|-sourcepath|-source|-target|--release|-encoding) shift 2 ;;
    -*) shift ;;
    *) srcs="$srcs $1"; shift ;;
  esac
done
[ -n "$srcs" ] || { echo "javac: no source files" >&2; exit 2; }
for s in $srcs; do
  [ -f "$s" ] || { echo "javac: file not found: $s" >&2; exit 2; }
  base=$(basename "$s" .java)
  if [ -n "$out" ]; then
    pkg=$(sed -n 's/^[[:space:]]*package[[:space:]]*\([A-Za-z0-9_.]*\)[[:space:]]*;.*/\1/p' "$s" \
      | head -n 1 | tr . /)
    dir="$out${pkg:+/$pkg}"
  else
    dir=$(dirname "$s")
  fi
  mkdir -p "$dir"
  { echo "stand-in class $base"; h < "$s"; } > "$dir/$base.class"
done
""",
    "jar": _HASH
    + r"""
[ $# -ge 1 ] || { echo "usage: jar {c}[f][e][m] ..." >&2; exit 2; }
ops=${1#-}; shift
jarfile=""; main=""; manifest=""
for l in $(echo "$ops" | sed 's/./& /g'); do
  case $l in
    f) jarfile=$1; shift ;;
    e) main=$1; shift ;;
    m) manifest=$1; shift ;;
  esac
done
[ -n "$jarfile" ] || { echo "jar: the stand-in needs f FILE" >&2; exit 2; }
{
  echo "stand-in jar"
  [ -z "$main" ] || echo "Main-Class: $main"
  [ -z "$manifest" ] || h < "$manifest"
  dir=.
  while [ $# -gt 0 ]; do
    if [ "$1" = "-C" ]; then dir=$2; shift 2; continue; fi
    (cd "$dir" && hash_tree "$1")
    shift
  done
} > "$jarfile.tmp.$$" && mv "$jarfile.tmp.$$" "$jarfile"
""",
    "java": 'echo "stand-in java $*"\n',
    "go": _HASH
    + r"""
cmd=${1:-help}; [ $# -gt 0 ] && shift
case "$cmd" in
  build)
    out=""; all="$*"
    while [ $# -gt 0 ]; do
      case "$1" in
        -o) out=$2; shift 2 ;;
        -o=*) out=${1#-o=}; shift ;;
        -ldflags|-tags|-gcflags|-asmflags|-mod|-p|-buildmode|-modfile|-pkgdir|-toolexec) shift 2 ;;
        *) shift ;;
      esac
    done
    name=$(sed -n 's/^module[[:space:]]*//p' go.mod 2>/dev/null | head -n 1)
    name=$(basename "${name:-$PWD}")
    [ -n "$out" ] || out=$name
    case "$out" in */) out="$out$name" ;; esac
    [ -d "$out" ] && out="$out/$name"
    sum=$( { echo "$all"; hash_files go.mod go.sum; hash_tree . -name '*.go'; } | h)
    mkdir -p "$(dirname "$out")"
    printf '#!/bin/sh\necho "stand-in go program %s"\n' "$sum" > "$out"
    chmod 755 "$out" ;;
  version) echo "go version go1.22-stand-in linux/amd64" ;;
  *) echo "stand-in go $cmd: nothing to do" ;;
esac
""",
    "mvn": _HASH
    + r"""
pom=pom.xml; goals=""
while [ $# -gt 0 ]; do
  case "$1" in
    -f|--file) pom=$2; shift 2 ;;
    -s|--settings|-T|--threads|-P|--activate-profiles|-pl|--projects|-gs|-l|--log-file) shift 2 ;;
    -*) shift ;;
    *) goals="$goals $1"; shift ;;
  esac
done
[ -d "$pom" ] && pom="$pom/pom.xml"
cd "$(dirname "$pom")" || exit 1
pom=$(basename "$pom")
package=no
for g in $goals; do
  case "$g" in
    clean) rm -rf target ;;
    package|install|verify|deploy) package=yes ;;
  esac
done
[ "$package" = yes ] || { echo "stand-in mvn:$goals: nothing to do"; exit 0; }
[ -f "$pom" ] || { echo "mvn: no $pom" >&2; exit 1; }
# one tag per line, then drop the blocks whose artifactId/version are not the project's own
own=$(tr '\n' ' ' < "$pom" | sed 's/</\n</g' \
  | sed '/^<parent>/,/^<\/parent>/d; /^<dependencies>/,/^<\/dependencies>/d; /^<build>/,/^<\/build>/d')
tag() { echo "$own" | sed -n "s:^<$1>\([^<]*\).*:\1:p" | head -n 1; }
artifact=$(tag artifactId); version=$(tag version); packaging=$(tag packaging)
final=$(tr '\n' ' ' < "$pom" | sed 's/</\n</g' | sed -n 's:^<finalName>\([^<$]*\).*:\1:p' | head -n 1)
case "$version" in ""|*'$'*) version=1.0 ;; esac
[ -n "$final" ] || final="${artifact:-app}-$version"
mkdir -p target
{ echo "stand-in jar $final"; hash_files "$pom"; hash_tree src; } > "target/$final.${packaging:-jar}"
echo "stand-in mvn: built target/$final.${packaging:-jar}"
""",
    "npm": _HASH
    + r"""
cmd=${1:-help}; [ $# -gt 0 ] && shift
case "$cmd" in
  ci|install|i)
    mkdir -p node_modules
    { echo "stand-in node_modules"; hash_files package.json package-lock.json; } \
      > node_modules/.package-lock.json ;;
  run|run-script)
    case "$1" in
      build)
        mkdir -p dist
        { echo "// stand-in bundle"; hash_files package.json; hash_tree src public; } > dist/index.js ;;
      *) echo "stand-in npm run $1: nothing to do" ;;
    esac ;;
  *) echo "stand-in npm $cmd: nothing to do" ;;
esac
""",
    "node": 'echo "stand-in node $*"\n',
    "gcc": _HASH
    + r"""
out=""; compile=no; srcs=""; all="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out=$2; shift 2 ;;
    -c) compile=yes; shift ;;
    -I|-L|-D|-include|-x) shift 2 ;;
    -*) shift ;;
    *) srcs="$srcs $1"; shift ;;
  esac
done
[ -n "$srcs" ] || { echo "gcc: no input files" >&2; exit 1; }
for s in $srcs; do [ -f "$s" ] || { echo "gcc: $s: No such file or directory" >&2; exit 1; }; done
if [ "$compile" = yes ] && [ -z "$out" ]; then
  for s in $srcs; do { echo "stand-in object"; hash_files "$s"; } > "${s%.*}.o"; done
  exit 0
fi
sum=$( { echo "$all"; hash_files $srcs; } | h)
[ -n "$out" ] || out=a.out
if [ "$compile" = yes ]; then
  echo "stand-in object $sum" > "$out"
else
  printf '#!/bin/sh\necho "stand-in program %s"\n' "$sum" > "$out"
  chmod 755 "$out"
fi
""",
    # A small make: VAR = value (also :=, ?=, +=), $(VAR) ${VAR} $@ $< $^ $$, explicit rules, `%.o: %.c`
    # pattern rules (and that one built-in), prerequisites first; every target is rebuilt (no timestamps).
    "make": r"""
dir=""; file=""; targets=""; assigns=""
while [ $# -gt 0 ]; do
  case "$1" in
    -C) dir=$2; shift 2 ;;
    -f) file=$2; shift 2 ;;
    -j|-l) shift 2 ;;
    -*) shift ;;
    *=*) assigns="$assigns
$1"; shift ;;
    *) targets="$targets $1"; shift ;;
  esac
done
[ -z "$dir" ] || cd "$dir" || exit 2
if [ -z "$file" ]; then
  for f in GNUmakefile makefile Makefile; do [ -f "$f" ] && { file=$f; break; }; done
fi
[ -n "$file" ] || { echo "make: *** No targets specified and no makefile found.  Stop." >&2; exit 2; }
exec awk -v goals="$targets" -v assigns="$assigns" '
function expand(s,    out, i, c, j, closer, name) {
  out = ""
  while ((i = index(s, "$")) > 0) {
    out = out substr(s, 1, i - 1); c = substr(s, i + 1, 1)
    if (c == "(" || c == "{") {
      closer = (c == "(") ? ")" : "}"
      j = index(substr(s, i + 2), closer); name = substr(s, i + 2, j - 1)
      out = out expand(val(name)); s = substr(s, i + 2 + j)
    } else {
      if (c == "@") out = out cur_t; else if (c == "<") out = out cur_first
      else if (c == "^") out = out cur_all; else if (c == "$") out = out "$"
      else out = out expand(val(c))
      s = substr(s, i + 2)
    }
  }
  return out s
}
function val(n) { return (n in vars) ? vars[n] : ((n in ENVIRON) ? ENVIRON[n] : defaults[n]) }
function exists(p,   r) { r = system("test -e \"" p "\""); return r == 0 }
function find_pattern(t,    k, pre, suf, stem, dep) {
  for (k = 1; k <= npat; k++) {
    pre = pat_pre[k]; suf = pat_suf[k]
    if (length(t) > length(pre) + length(suf) && substr(t, 1, length(pre)) == pre &&
        substr(t, length(t) - length(suf) + 1) == suf) {
      stem = substr(t, length(pre) + 1, length(t) - length(pre) - length(suf))
      dep = pat_dep[k]; gsub(/%/, stem, dep)
      if (exists(dep) || (dep in has_rule)) { pdeps = dep; precipe = pat_recipe[k]; return 1 }
    }
  }
  return 0
}
function build(t,    deps, n, arr, k, lines, m, cmd, recipe) {
  if (t in done) return
  done[t] = 1
  if (t in has_rule) { deps = rdeps[t]; recipe = rrecipe[t] }
  else if (find_pattern(t)) { deps = pdeps; recipe = precipe }
  else if (exists(t)) return
  else {
    q = sprintf("%c", 39); print "make: *** No rule to make target " q t q ".  Stop." > "/dev/stderr"; exit 2
  }
  if (!(t in has_rule) || recipe == "") { if (recipe == "" && find_pattern(t)) recipe = precipe }
  deps = expand(deps); n = split(deps, arr, " ")
  for (k = 1; k <= n; k++) build(arr[k])
  cur_t = t; cur_first = arr[1]; cur_all = deps
  m = split(recipe, lines, "\n")
  for (k = 1; k <= m; k++) {
    cmd = lines[k]; if (cmd == "") continue
    cmd = expand(cmd); sub(/^[@+-]+/, "", cmd)
    print cmd
    if (system(cmd) != 0) { print "make: *** [" t "] Error 1" > "/dev/stderr"; exit 2 }
  }
}
BEGIN { defaults["CC"] = "cc"; defaults["CXX"] = "g++"; defaults["RM"] = "rm -f"; npat = 1
  pat_pre[1] = ""; pat_suf[1] = ".o"; pat_dep[1] = "%.c"; pat_recipe[1] = "$(CC) $(CFLAGS) -c -o $@ $<" }
{
  line = $0
  while (line ~ /\\$/ && (getline nxt) > 0) line = substr(line, 1, length(line) - 1) " " nxt
  if (line ~ /^\t/) {
    if (cur != "") rrecipe[cur] = rrecipe[cur] substr(line, 2) "\n"
    else if (curpat) pat_recipe[npat] = pat_recipe[npat] substr(line, 2) "\n"
    next
  }
  sub(/#.*/, "", line)
  if (line ~ /^[ \t]*$/) next
  if (match(line, /^[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*[:?+]?=/)) {
    lhs = substr(line, 1, RLENGTH); rhs = substr(line, RLENGTH + 1); op = lhs
    gsub(/[ \t]/, "", lhs); sub(/[:?+]?=$/, "", lhs); sub(/^[ \t]+/, "", rhs)
    if (op ~ /\?=$/ && (lhs in vars)) next
    if (op ~ /\+=$/ && (lhs in vars)) rhs = vars[lhs] " " rhs
    if (op ~ /:=$/) rhs = expand(rhs)
    vars[lhs] = rhs; cur = ""; curpat = 0; next
  }
  if ((i = index(line, ":")) > 0) {
    tgts = substr(line, 1, i - 1); deps = substr(line, i + 1); sub(/^:/, "", deps)
    cur = ""; curpat = 0
    if (tgts ~ /%/) {
      npat++; split(tgts, tp, "%"); gsub(/[ \t]/, "", tp[1]); gsub(/[ \t]/, "", tp[2])
      pat_pre[npat] = tp[1]; pat_suf[npat] = tp[2]
      d = deps; gsub(/^[ \t]+|[ \t]+$/, "", d); pat_dep[npat] = d
      pat_recipe[npat] = ""; curpat = 1; next
    }
    n = split(expand(tgts), ta, " ")
    for (k = 1; k <= n; k++) {
      if (ta[k] ~ /^\./) continue
      has_rule[ta[k]] = 1; rdeps[ta[k]] = rdeps[ta[k]] " " deps
      if (first == "") first = ta[k]
      cur = ta[k]
    }
    next
  }
}
END {
  n = split(assigns, as, "\n")
  for (k = 1; k <= n; k++)
    if ((i = index(as[k], "=")) > 0) vars[substr(as[k], 1, i - 1)] = substr(as[k], i + 1)
  n = split(goals, g, " ")
  if (n == 0) {
    if (first == "") { print "make: *** No targets.  Stop." > "/dev/stderr"; exit 2 }
    build(first)
  }
  for (k = 1; k <= n; k++) build(g[k])
}' "$file"
""",
    # addgroup/adduser (busybox/Alpine flags) and groupadd/useradd (shadow flags): append to /etc/group and
    # /etc/passwd with the next free id, deterministically (Debian's static busybox has no such applets).
    "adduser": r"""
me=$(basename "$0")
next_id() {
  awk -F: -v s="$2" -v e="$3" 'BEGIN { m = s - 1 } $3 >= s && $3 <= e && $3 > m { m = $3 } END { print m + 1 }' "$1"
}
id=""; group=""; home=""; shell=/bin/sh; system=no; mkhome=""; name=""; member=""
while [ $# -gt 0 ]; do
  case "$1" in
    -u|--uid) id=$2; shift 2 ;;
    -g|--gid)  # the gid of a new group; useradd: the primary group; busybox adduser: the GECOS field
      case "$me" in addgroup|groupadd) id=$2 ;; useradd) group=$2 ;; esac; shift 2 ;;
    -G|--ingroup)  # busybox adduser: the group; useradd: supplementary groups (not modelled)
      [ "$me" = useradd ] || group=$2; shift 2 ;;
    -h|-d|--home) home=$2; shift 2 ;;
    -s|--shell) shell=$2; shift 2 ;;
    -S|-r|--system) system=yes; shift ;;
    -H|-M|--no-create-home) mkhome=no; shift ;;
    -m|--create-home) mkhome=yes; shift ;;
    -k|-c|--gecos|-K|-p) shift 2 ;;
    -*) shift ;;
    *) if [ -z "$name" ]; then name=$1; else member=$1; fi; shift ;;
  esac
done
[ -n "$name" ] || { echo "$me: missing name" >&2; exit 1; }
range="1000 59999"; [ "$system" = yes ] && range="100 999"
case "$me" in
  addgroup|groupadd)
    [ -z "$member" ] || exit 0  # `addgroup USER GROUP`: membership is not modelled
    # the stand-in images already have `app`, which real ones do not: an existing name is kept, not an error
    if grep -q "^$name:" /etc/group; then echo "stand-in $me: group '$name' exists; kept"; exit 0; fi
    [ -n "$id" ] || id=$(next_id /etc/group $range)
    echo "$name:x:$id:" >> /etc/group ;;
  *)
    if grep -q "^$name:" /etc/passwd; then echo "stand-in $me: user '$name' exists; kept"; exit 0; fi
    [ -n "$id" ] || id=$(next_id /etc/passwd $range)
    if [ -z "$group" ]; then
      group=$name
      grep -q "^$name:" /etc/group || echo "$name:x:$id:" >> /etc/group
    fi
    case "$group" in
      *[!0-9]*) gid=$(awk -F: -v g="$group" '$1 == g { print $3 }' /etc/group) ;;
      *) gid=$group ;;
    esac
    [ -n "$gid" ] || { echo "$me: unknown group $group" >&2; exit 1; }
    [ -n "$home" ] || home=/home/$name
    echo "$name:x:$id:$gid::$home:$shell" >> /etc/passwd
    [ -n "$mkhome" ] || { mkhome=yes; [ "$me" = useradd ] && mkhome=no; }
    if [ "$mkhome" = yes ]; then mkdir -p "$home" && chown "$id:$gid" "$home"; fi ;;
esac
""",
    "apk": 'echo "stand-in apk $1: nothing to do"\n',
    "apt-get": 'echo "stand-in apt-get $1: nothing to do"\n',
    "pip": 'echo "stand-in pip $1: nothing to do"\n',
    "python": 'echo "stand-in python $*"\n',
}
ALIASES = {
    "cc": "gcc",
    "c++": "gcc",
    "g++": "gcc",
    "apt": "apt-get",
    "pip3": "pip",
    "python3": "python",
    "addgroup": "adduser",
    "useradd": "adduser",
    "groupadd": "adduser",
}


def find_static_busybox() -> Path | None:
    """A statically linked busybox (a dynamic one cannot run in an image without libc)."""
    for candidate in (shutil.which("busybox"), "/bin/busybox", "/usr/bin/busybox"):
        if candidate and Path(candidate).is_file():
            head = Path(candidate).read_bytes()[:8192]
            if head.startswith(b"\x7fELF") and b"ld-linux" not in head and b"ld-musl" not in head:
                return Path(candidate)
    return None


def _add(
    tar: tarfile.TarFile,
    name: str,
    *,
    data: bytes | None = None,
    mode: int = 0o644,
    kind: bytes = tarfile.REGTYPE,
    link: str = "",
    uid: int = 0,
) -> None:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.uid, info.gid, info.mtime, info.linkname = kind, mode, uid, uid, 0, link
    info.uname = info.gname = "app" if uid else "root"
    if data is not None:
        info.size = len(data)
    tar.addfile(info, io.BytesIO(data) if data is not None else None)


def write_rootfs(busybox: Path, dest: Path) -> None:
    """A deterministic rootfs tar: busybox and its applets, passwd/group, /tmp, /home/app, stand-in tools."""
    applets = subprocess.run([str(busybox), "--list-full"], capture_output=True, text=True, check=True).stdout
    tools = {**STANDIN_COMMANDS, **{alias: STANDIN_COMMANDS[target] for alias, target in ALIASES.items()}}
    with tarfile.open(dest, "w", format=tarfile.GNU_FORMAT) as tar:
        for d in (
            "bin",
            "sbin",
            "usr",
            "usr/bin",
            "usr/sbin",
            "usr/local",
            "usr/local/bin",
            "etc",
            "root",
            "home",
            "var",
            "dev",
            "proc",
            "sys",
            "run",
        ):
            _add(tar, d, kind=tarfile.DIRTYPE, mode=0o755)
        _add(tar, "tmp", kind=tarfile.DIRTYPE, mode=0o1777)
        _add(tar, "home/app", kind=tarfile.DIRTYPE, mode=0o755, uid=1000)
        _add(tar, "bin/busybox", data=busybox.read_bytes(), mode=0o755)
        _add(tar, "etc/passwd", data=PASSWD.encode())
        _add(tar, "etc/group", data=GROUP.encode())
        for applet in sorted(set(applets.split())):
            if applet != "bin/busybox" and Path(applet).name not in tools:
                _add(tar, applet, kind=tarfile.SYMTYPE, link="/bin/busybox", mode=0o777)
        for name, body in sorted(tools.items()):
            script = f"#!/bin/sh\n# stand-in {name}\n{body}"
            _add(tar, f"usr/local/bin/{name}", data=script.encode(), mode=0o755)


def standin_names(extra: Iterable[str] = ()) -> list[str]:
    names = [*STANDIN_IMAGES, *os.environ.get(EXTRA_IMAGES_ENV, "").split(), *extra]
    return list(dict.fromkeys(names))


def install_standins(engine: Engine, workdir: Path, names: Iterable[str] | None = None) -> list[str]:
    """Import the stand-in rootfs once and tag it with every name; returns the names."""
    busybox = find_static_busybox()
    if busybox is None:
        raise EngineUnavailable("no statically linked busybox (install busybox-static)")
    workdir.mkdir(parents=True, exist_ok=True)
    tar_path = workdir / "standin-rootfs.tar"
    write_rootfs(busybox, tar_path)
    wanted = list(names) if names is not None else standin_names()
    first = wanted[0]
    engine.run("import", "--change", 'CMD ["sh"]', "--change", f"ENV {PATH_ENV}", str(tar_path), first, timeout=300)
    for name in wanted[1:]:
        engine.run("tag", first, name)
    for name, changes in STANDIN_CONFIGS.items():
        options = [opt for change in changes for opt in ("--change", change)]
        engine.run("import", "--change", 'CMD ["sh"]', "--change", f"ENV {PATH_ENV}", *options, str(tar_path), name)
    return [*wanted, *STANDIN_CONFIGS]


def usable_engine(store: Path) -> tuple[Engine | None, str]:
    """The engine tests may use, or None and why not. Docker only when asked for (its tags get clobbered)."""
    wanted = os.environ.get(ALLOW_DOCKER_ENV, "podman")
    try:
        if wanted == "docker":
            return detect_engine("docker"), ""
        engine = podman_engine(store)
        check_usable(engine)
    except (EngineError, OSError) as exc:
        return None, f"no usable container engine: {exc}"
    return engine, ""
