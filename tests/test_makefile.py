"""Makefiles as orchestrators: rules, prerequisites, recipe lines and make variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.frontends.make import MAKE
from migrate.parse.makefile import execution_order, parse_makefile, recipe_script
from migrate.parse.shell_model import Command, Group
from migrate.parse.words import Lit, Opaque, Param, split_word

MAKEFILE = (
    "IMAGE ?= app\n"
    "BUILDER = $(IMAGE)-builder\n"
    "\n"
    ".PHONY: all image\n"
    "all: image\n"
    "\n"
    "builder:\n"
    "\tdocker build -t $(BUILDER) -f Dockerfile.build .\n"
    "\n"
    "image: builder\n"
    "\t@docker create --name x $(BUILDER)\n"
    "\t-docker cp x:/out/app ./app \\\n"
    "\t  && docker rm x\n"
    "\n"
    "clean: ; rm -f app\n"
)


def test_default_goal_is_the_first_target_not_starting_with_a_dot() -> None:
    assert parse_makefile(MAKEFILE).default == "all"


def test_variables_keep_their_operator_and_raw_value() -> None:
    mf = parse_makefile(MAKEFILE)
    assert [(v.name, v.op, v.value) for v in mf.variables] == [
        ("IMAGE", "?=", "app"),
        ("BUILDER", "=", "$(IMAGE)-builder"),
    ]


def test_prerequisites_run_first_each_rule_once() -> None:
    mf = parse_makefile(MAKEFILE)
    lines = [MAKEFILE[s:e] for _, (s, e) in execution_order(mf, "all")]
    assert lines == [
        "docker build -t $(BUILDER) -f Dockerfile.build .",
        "docker create --name x $(BUILDER)",
        "docker cp x:/out/app ./app \\\n\t  && docker rm x",
    ]


def test_inline_recipe_after_a_semicolon_is_a_recipe_line() -> None:
    mf = parse_makefile(MAKEFILE)
    (span,) = mf.rules["clean"].recipe
    assert MAKEFILE[span[0] : span[1]].strip() == "rm -f app"


def test_each_recipe_line_is_its_own_shell_with_offsets_into_the_makefile() -> None:
    script = recipe_script(parse_makefile(MAKEFILE), "image")
    assert script.language is MAKE and all(isinstance(g, Group) and g.recipe and g.subshell for g in script.body.stmts)
    first = script.body.stmts[0]
    assert isinstance(first, Group)
    cmd = first.body.stmts[0]
    assert isinstance(cmd, Command)
    assert MAKEFILE[cmd.start : cmd.end] == "docker build -t $(BUILDER) -f Dockerfile.build ."


def test_recipe_words_read_make_variables_and_double_dollar_as_the_shells() -> None:
    assert split_word("$(BUILDER):$$TAG", 0, make=True) == (
        Param("BUILDER", None, None, False, 0, 10),
        Lit(":", False),
        Param("TAG", None, None, False, 12, 16),
    )
    assert split_word("$(shell pwd)", 0, make=True)[0] == Param("CURDIR", None, None, False, 0, 12)
    assert isinstance(split_word("$(patsubst a,b,c)", 0, make=True)[0], Opaque)


def test_recipe_with_automatic_variables_the_shell_reads_as_operators_is_read() -> None:
    # `$<` and `$|` would be a redirection and a pipe to bash; make replaces them before the shell runs
    makefile = "out/app: src/app.c | out\n\tcc -o $@ $< && cp $@ $|/copy\n"
    script = recipe_script(parse_makefile(makefile), "out/app")
    (group,) = script.body.stmts
    assert isinstance(group, Group)
    (chain,) = group.body.stmts
    words = [w for cmd in chain.items for w in cmd.words]  # type: ignore[attr-defined]
    assert [makefile[w.start : w.end] for w in words] == ["cc", "-o", "$@", "$<", "cp", "$@", "$|/copy"]


def test_pattern_rule_running_docker_is_refused_not_called_nothing_to_migrate(tmp_path: Path) -> None:
    import subprocess

    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(
        "all: dist/app.tar\n\n"
        "dist/%.tar: Dockerfile.build\n"
        "\tdocker build -t $*-builder -f $< .\n"
        "\tdocker create --name $* $*-builder\n"
        "\tdocker cp $*:/out/$*.tar $@\n"
    )
    (tmp_path / "Dockerfile.build").write_text("FROM alpine\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    result = migrate_repo(tmp_path)
    assert [(d.code, d.line) for d in result.diagnostics if d.blocking] == [("MIG112", 4)]
    assert "`dist/%.tar`" in next(d.message for d in result.diagnostics if d.code == "MIG112")


def test_prerequisites_the_migration_deletes_are_dropped_from_rules() -> None:
    from migrate.parse.makefile import drop_prerequisites

    text = "all: tool\n\ntool: Dockerfile.build main.go\n\tgo vet\nother: Dockerfile.build\nX = Dockerfile.build\n"
    assert drop_prerequisites(text, {"Dockerfile.build"}) == (
        "all: tool\n\ntool: main.go\n\tgo vet\nother:\nX = Dockerfile.build\n"
    )


@pytest.mark.parametrize(
    ("call", "image"),
    [
        pytest.param("$(shell docker create b)", "b", id="a literal image"),
        pytest.param("$(shell docker create $(IMAGE))", "$(IMAGE)", id="the image from a make variable"),
    ],
)
def test_docker_in_shell_function_of_a_recipe_refuses_the_whole_recipe(call: str, image: str) -> None:
    from migrate.parse.shell_model import Opaque

    makefile = f"app:\n\tdocker build -t {image} .\n\t$(eval ID := {call})\n\tdocker cp $(ID):/a a\n"
    script = recipe_script(parse_makefile(makefile), "app")
    (only,) = script.body.stmts
    assert isinstance(only, Opaque) and only.refusal is not None and only.refusal.code == "MIG113"
    assert makefile[only.refusal.offset :].startswith(call) and call in only.refusal.message


def test_emptied_target_a_ci_step_runs_is_kept(tmp_path: Path) -> None:
    import subprocess

    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(
        "image: builder\n\tdocker build -t app .\n\n"
        "builder:\n\tdocker build -t b -f Dockerfile.build .\n"
        "\tdocker create --name x b\n\tdocker cp x:/out/app app\n\tdocker rm x\n"
    )
    (tmp_path / "Dockerfile.build").write_text("FROM alpine\nRUN mkdir /out && echo hi > /out/app\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("jobs:\n  b:\n    steps:\n      - run: make builder\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    result = migrate_repo(tmp_path)
    new = {c.path: c.new for c in result.changes}["Makefile"]
    assert new is not None and b"builder:" in new  # CI's `make builder` still finds the rule


SUBMAKE = (
    "builder:\n\tdocker build -t b -f Dockerfile.build .\n\n"
    "image:\n\t@$(MAKE) builder\n\tdocker create --name x b\n\tdocker cp x:/tool tool\n\tdocker rm x\n"
    "\tdocker build -t app .\n\n"
    "loop:\n\tmake loop\n"
)


def test_a_recipe_line_running_make_on_a_target_is_followed_by_that_targets_lines() -> None:
    mf = parse_makefile(SUBMAKE)
    lines = [SUBMAKE[s:e] for _, (s, e) in execution_order(mf, "image")]
    assert lines[:3] == ["$(MAKE) builder", "docker build -t b -f Dockerfile.build .", "docker create --name x b"]
    assert [SUBMAKE[s:e] for _, (s, e) in execution_order(mf, "loop")] == ["make loop"]  # make calling itself


def test_a_flow_whose_builder_a_sub_make_builds_migrates(tmp_path: Path) -> None:
    from migrate.outcome import Outcome
    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(SUBMAKE)
    (tmp_path / "Dockerfile.build").write_text("FROM alpine\nRUN touch /tool\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY tool /usr/bin/tool\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    makefile = next(c.new for c in result.changes if c.path == "Makefile").decode()
    assert "\t@$(MAKE) builder\n" in makefile and "docker build -t b" not in makefile
    assert "builder:" in makefile  # still run by the sub-make: emptied, not removed


def test_a_checkout_mounted_into_a_run_no_build_follows_is_a_true_note(tmp_path: Path) -> None:
    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(
        "dev:\n\tdocker build -t dev -f Dockerfile.dev .\n\tdocker run --rm -v $(CURDIR):/src -w /src dev make\n"
    )
    (tmp_path / "Dockerfile.dev").write_text("FROM alpine\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /usr/bin/app\n")
    (note,) = [d for d in migrate_repo(tmp_path).diagnostics if d.code == "MIG001"]
    assert note.message == "nothing to migrate: the checkout, mounted at `/src`, goes to no later build of this script"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("ID=$$(docker create b); docker cp $$ID:/app ./app; docker rm $$ID", id="unquoted"),
        pytest.param('ID="$$(docker create b)"; docker cp "$$ID:/app" ./app; docker rm "$$ID"', id="quoted"),
    ],
)
def test_a_command_substitution_written_with_double_dollar_is_read_and_followed(tmp_path: Path, line: str) -> None:
    from migrate.outcome import Outcome
    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(
        f"all:\n\tdocker build -f Dockerfile.build -t b .\n\t{line}\n\tdocker build -t r .\n"
    )
    (tmp_path / "Dockerfile.build").write_text("FROM alpine\nRUN touch /app\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]


def test_double_dollar_before_a_make_variable_stays_the_shells_pid() -> None:
    text = "all:\n\techo $$$(NAME) $$$$\n"
    (group,) = recipe_script(parse_makefile(text), "all").body.stmts
    assert isinstance(group, Group) and [type(s) for s in group.body.stmts] == [Command]


def test_a_target_another_target_runs_is_tried_after_it_even_as_the_default_goal(tmp_path: Path) -> None:
    from migrate.outcome import Outcome
    from migrate.pipeline import migrate_repo

    (tmp_path / "Makefile").write_text(
        "extract:\n\tdocker build -f Dockerfile.build -t b .\n\tdocker create --name x b\n"
        "\tdocker cp x:/out/app app\n\tdocker rm x\n\nimage: extract\n\tdocker build -t final .\n"
    )
    (tmp_path / "Dockerfile.build").write_text("FROM alpine\nRUN mkdir /out && touch /out/app\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    assert result.entrypoint == ("make", "-f", "Makefile", "image")
