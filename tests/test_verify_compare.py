"""Image comparison without an engine: filesystem tars made here, image configs as inspect returns them."""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path

import pytest

from migrate.verify.compare import (
    CONFIG_PATH,
    Difference,
    Entry,
    compare_configs,
    compare_trees,
    format_differences,
    normalise_config,
    read_tar,
)


def _tar(path: Path, members: list[tuple[str, dict[str, object]]]) -> Path:
    """members: (name, {type, data, mode, uid, gid, link, mtime})."""
    with tarfile.open(path, "w") as tar:
        for name, spec in members:
            info = tarfile.TarInfo(name)
            info.type = spec.get("type", tarfile.REGTYPE)  # type: ignore[assignment]
            info.mode = int(spec.get("mode", 0o644))  # type: ignore[call-overload]
            info.uid = int(spec.get("uid", 0))  # type: ignore[call-overload]
            info.gid = int(spec.get("gid", 0))  # type: ignore[call-overload]
            info.mtime = int(spec.get("mtime", 0))  # type: ignore[call-overload]
            info.linkname = str(spec.get("link", ""))
            data = spec.get("data")
            if isinstance(data, bytes):
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    return path


BASE: list[tuple[str, dict[str, object]]] = [
    ("./", {"type": tarfile.DIRTYPE, "mode": 0o755}),
    ("./app/", {"type": tarfile.DIRTYPE, "mode": 0o755}),
    ("./app/bin", {"data": b"#!/bin/sh\necho hi\n", "mode": 0o755}),
    ("./app/conf", {"data": b"x=1\n", "mode": 0o640}),
    ("./app/link", {"type": tarfile.SYMTYPE, "link": "bin", "mode": 0o777}),
]


def _changed(name: str, **changes: object) -> list[tuple[str, dict[str, object]]]:
    return [(n, {**spec, **changes} if n == name else spec) for n, spec in BASE]


def _diff(tmp_path: Path, migrated: list[tuple[str, dict[str, object]]]) -> list[Difference]:
    legacy = read_tar(_tar(tmp_path / "legacy.tar", BASE))
    return compare_trees(legacy, read_tar(_tar(tmp_path / "migrated.tar", migrated)))


def test_read_tar_records_type_mode_owner_link_and_content_hash(tmp_path: Path) -> None:
    entries = read_tar(_tar(tmp_path / "fs.tar", BASE))
    assert set(entries) == {"/", "/app", "/app/bin", "/app/conf", "/app/link"}
    assert entries["/app/conf"].type == "file"
    assert entries["/app/conf"].mode == 0o640
    assert entries["/app/conf"].sha256 == hashlib.sha256(b"x=1\n").hexdigest()
    assert entries["/app/link"] == Entry(type="symlink", mode=0o777, uid=0, gid=0, link="bin")
    assert entries["/app"].type == "dir"


def test_hard_link_compares_like_the_file_it_links_to(tmp_path: Path) -> None:
    hard = [*BASE, ("./app/bin2", {"type": tarfile.LNKTYPE, "link": "./app/bin", "mode": 0o755})]
    copy = [*BASE, ("./app/bin2", {"data": b"#!/bin/sh\necho hi\n", "mode": 0o755})]
    a = read_tar(_tar(tmp_path / "a.tar", hard))
    b = read_tar(_tar(tmp_path / "b.tar", copy))
    assert compare_trees(a, b) == []


@pytest.mark.parametrize(
    ("migrated", "expected"),
    [
        pytest.param(BASE, [], id="identical trees: no difference"),
        pytest.param(_changed("./app/conf", mtime=1_700_000_000), [], id="mtime is never compared"),
        pytest.param(
            _changed("./app/conf", uid=1000, gid=1000),
            [Difference("/app/conf", "uid", 0, 1000), Difference("/app/conf", "gid", 0, 1000)],
            id="owner",
        ),
        pytest.param(_changed("./app/conf", mode=0o644), [Difference("/app/conf", "mode", 0o640, 0o644)], id="mode"),
        pytest.param(
            _changed("./app/link", link="conf"), [Difference("/app/link", "link", "bin", "conf")], id="symlink target"
        ),
        pytest.param(
            [m for m in BASE if m[0] != "./app/conf"],
            [Difference("/app/conf", "present", True, False)],
            id="path only in the legacy image",
        ),
        pytest.param(
            [*BASE, ("./app/extra", {"data": b""})],
            [Difference("/app/extra", "present", False, True)],
            id="path only in the migrated one",
        ),
    ],
)
def test_compare_trees_reports_each_field_that_differs(
    tmp_path: Path, migrated: list[tuple[str, dict[str, object]]], expected: list[Difference]
) -> None:
    assert _diff(tmp_path, migrated) == expected


def test_content_change_shows_as_sha256(tmp_path: Path) -> None:
    diffs = _diff(tmp_path, _changed("./app/conf", data=b"x=2\n"))
    assert [(d.path, d.field) for d in diffs] == [("/app/conf", "sha256")]


def test_file_replaced_by_directory_shows_as_type(tmp_path: Path) -> None:
    migrated = _changed("./app/conf", type=tarfile.DIRTYPE, data=None, mode=0o640)
    diffs = _diff(tmp_path, migrated)
    assert Difference("/app/conf", "type", "file", "dir") in diffs


DOCKER_CONFIG: dict[str, object] = {
    "User": "app",
    "Env": ["PATH=/usr/bin:/bin", "A=1"],
    "Cmd": ["java", "-jar", "app.jar"],
    "Entrypoint": None,
    "WorkingDir": "/app",
    "ExposedPorts": {"8080/tcp": {}},
    "Labels": {"org.example": "x"},
    "Volumes": None,
    "StopSignal": "",
}


def test_normalise_config_treats_empty_as_none_and_drops_engine_labels() -> None:
    podman_view = {
        **DOCKER_CONFIG,
        "Entrypoint": [],
        "Volumes": {},
        "StopSignal": None,
        "Env": ["A=1", "PATH=/usr/bin:/bin"],
        "Labels": {"org.example": "x", "io.buildah.version": "1.28.2"},
    }
    assert normalise_config(DOCKER_CONFIG) == normalise_config(podman_view)


def test_normalise_config_takes_healthcheck_shell_onbuild_from_the_docker_view() -> None:
    extra = {"Healthcheck": {"Test": ["CMD-SHELL", "true"]}, "Shell": ["/bin/sh", "-c"], "OnBuild": []}
    norm = normalise_config(DOCKER_CONFIG, extra)
    assert norm["Healthcheck"] == {"Test": ["CMD-SHELL", "true"]}
    assert norm["Shell"] == ["/bin/sh", "-c"]
    assert norm["OnBuild"] is None


def test_compare_configs_reports_env_and_labels_key_by_key() -> None:
    legacy = normalise_config(DOCKER_CONFIG)
    migrated = normalise_config(
        {
            **DOCKER_CONFIG,
            "Env": ["PATH=/usr/bin:/bin", "A=2"],
            "User": "",
            "Labels": {"org.example": "x", "stage": "builder"},
        }
    )
    assert compare_configs(legacy, migrated) == [
        Difference(CONFIG_PATH, "User", "app", None),
        Difference(CONFIG_PATH, "Env A", "1", "2"),
        Difference(CONFIG_PATH, "Labels stage", None, "builder"),
    ]


def test_format_differences_groups_fields_under_each_path() -> None:
    text = format_differences(
        [
            Difference("/app/conf", "uid", 0, 1000),
            Difference("/app/conf", "mode", 0o640, 0o644),
            Difference("/app/new", "present", False, True),
            Difference(CONFIG_PATH, "Cmd", ["a"], None),
        ]
    )
    assert text == (
        "/app/conf\n"
        "    uid: legacy 0, migrated 1000\n"
        "    mode: legacy 0640, migrated 0644\n"
        "/app/new\n"
        "    only in the migrated image\n"
        "<image config>\n"
        '    Cmd: legacy ["a"], migrated (none)\n'
    )


def test_format_differences_of_nothing_is_empty() -> None:
    assert format_differences([]) == ""
