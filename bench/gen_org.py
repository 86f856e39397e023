"""Build a synthetic organisation of N repositories from the corpus, for `migrate bulk` benchmarks.

Usage:
    python bench/gen_org.py DEST N [--seed S] [--git K]

Repository i is a copy of `corpus/<case>/input` (cases drawn with a seeded RNG, so the mix of migrated,
blocked and unchanged setups follows the corpus), named `repo-00001` ... Files are copied, never linked, so
a write-mode run cannot touch the corpus. `--git K` makes every K-th repository a git work tree (slower to
build; git is then consulted for untracked leftovers). Prints the mix and the file count.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def cases() -> list[Path]:
    return sorted(p / "input" for p in CORPUS.iterdir() if (p / "input").is_dir())


def build(dest: Path, n: int, *, seed: int = 1, git_every: int = 0) -> Counter[str]:
    sources = cases()
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    mix: Counter[str] = Counter()
    width = max(5, len(str(n)))
    for i in range(1, n + 1):
        src = rng.choice(sources)
        repo = dest / f"repo-{i:0{width}d}"
        if repo.exists():
            shutil.rmtree(repo)
        shutil.copytree(src, repo, symlinks=True)
        mix[src.parent.name] += 1
        if git_every and i % git_every == 0:
            git = ["git", "-C", str(repo), "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
            subprocess.run([*git, "init", "-q"], check=True)
            subprocess.run([*git, "add", "-A"], check=True)
            subprocess.run([*git, "commit", "-qm", "legacy"], check=True)
    return mix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--git", type=int, default=0, metavar="K", help="every K-th repository is a git work tree")
    args = parser.parse_args()
    if args.dest.resolve().is_relative_to(CORPUS):
        sys.exit("gen_org: refusing to write under corpus/")
    mix = build(args.dest, args.n, seed=args.seed, git_every=args.git)
    files = sum(1 for p in args.dest.rglob("*") if p.is_file())
    print(f"{args.n} repositories from {len(mix)} corpus cases in {args.dest} ({files} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
