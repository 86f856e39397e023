"""`--format markdown` renders as written: checked with a CommonMark renderer (markdown-it-py) the way GitHub
reads a comment: names and hints escaped (no `_dist_` in italics, no `<dir>` stripped as a tag), no raw HTML,
a heading that names the repository, links that survive spaces."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migrate.diagnostics import Diagnostic
from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.render.diff import render_diff
from migrate.report.markdown import code, escape, heading_name, inline, render_markdown

markdown_it = pytest.importorskip("markdown_it")
ROOT = Path(__file__).resolve().parent.parent


def tokens(text: str) -> list[object]:
    """Every token, inline children included, as CommonMark with HTML enabled (as GitHub) reads the text."""
    out: list[object] = []
    for tok in markdown_it.MarkdownIt("commonmark", {"html": True}).parse(text):
        out.append(tok)
        out.extend(tok.children or [])
    return out


def plain(text: str) -> str:
    """The text a reader sees (inline text and code), markup left out."""
    return "".join(t.content for t in tokens(text) if t.type in ("text", "code_inline"))  # type: ignore[attr-defined]


def kinds(text: str) -> set[str]:
    return {t.type for t in tokens(text)}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("_dist_/app -> COPY --from=builder /out/app", id="underscores"),
        pytest.param("export to <dir> with --output", id="angle brackets"),
        pytest.param("a*b*c [x](y) #1 | ~~z~~ & &amp;", id="emphasis, links, tables, entities"),
        pytest.param("- not a list\n# not a heading", id="line starts"),
        pytest.param("C:\\dir\\*", id="backslashes"),
    ],
)
def test_escaped_text_renders_as_written(text: str) -> None:
    assert plain(escape(text).replace("\n", " ")) == text.replace("\n", " ")
    assert not kinds(escape(text)) & {"em_open", "strong_open", "link_open", "html_inline", "s_open"}


def test_code_spans_in_a_message_stay_code_and_the_rest_is_escaped() -> None:
    text = "copy `a_b <c>` into _dist_ <dir>"
    assert plain(inline(text)) == "copy a_b <c> into _dist_ <dir>"
    assert "code_inline" in kinds(inline(text))


def test_a_name_with_backticks_is_one_code_span() -> None:
    assert plain(code("a`b")) == "a`b"


def test_heading_names_the_repository_for_a_run_on_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "my-service"
    repo.mkdir()
    monkeypatch.chdir(repo)
    assert heading_name(".") == "my-service"
    assert heading_name("examples/java-helloworld") == "examples/java-helloworld"
    out = render_markdown(RepoResult(".", Outcome.UNCHANGED), "")
    assert out.startswith("### dockerfile-migrate: `my-service`\n")


def _hostile_result() -> RepoResult:
    d = Diagnostic(
        "MIG309",
        "`ci.yml` takes `_dist_/app` from the host",
        "my dir/ci [x].yml",
        3,
        1,
        hint="Export it with `docker build --target builder --output type=local,dest=<dir> .` into <dir>.",
    )
    return RepoResult(
        "repo",
        Outcome.BLOCKED,
        diagnostics=(d,),
        summary=("_dist_/app -> COPY --from=builder /out/app", "my *dir*/Dockerfile.build -> stage `builder`"),
    )


def test_report_with_hostile_names_has_no_raw_html_or_stray_markup() -> None:
    out = render_markdown(_hostile_result(), "", link_base="https://github.com/o/r/blob/abc/")
    assert not kinds(out) & {"html_inline", "html_block"}
    assert [t.type for t in tokens(out)].count("em_open") == 1  # the hint's own italics, nothing else
    text = plain(out)
    assert "_dist_/app -> COPY --from=builder /out/app" in text
    assert "my *dir*/Dockerfile.build" in text
    assert "into <dir>." in text


def test_links_survive_spaces_and_brackets_in_paths() -> None:
    out = render_markdown(_hostile_result(), "", link_base="https://github.com/o/r/blob/abc/")
    hrefs = [t.attrs["href"] for t in tokens(out) if t.type == "link_open"]  # type: ignore[attr-defined]
    assert hrefs == ["https://github.com/o/r/blob/abc/my%20dir/ci%20%5Bx%5D.yml#L3"]


def test_the_example_and_every_corpus_report_render_without_raw_html(tmp_path: Path) -> None:
    repos = [
        ROOT / "examples" / "java-helloworld",
        *sorted(p.parent / "input" for p in ROOT.glob("corpus/*/case.toml")),
    ]
    for i, src in enumerate(repos):
        dest = tmp_path / str(i)
        shutil.copytree(src, dest, symlinks=True)
        result = migrate_repo(dest)
        out = render_markdown(result, render_diff(result.changes), link_base="https://github.com/o/r/blob/abc/")
        assert not kinds(out) & {"html_inline", "html_block"}, src
        hrefs = [t.attrs["href"] for t in tokens(out) if t.type == "link_open"]  # type: ignore[attr-defined]
        assert all(" " not in str(h) for h in hrefs), src
