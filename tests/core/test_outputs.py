"""Every output option writes a device, FIFO or socket in place (never replaces it); `-` is standard output."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import atomic, yamlio
from workbench.cli import cli
from workbench.tm import TMRecord, TranslationMemory

SENTENCE = "The DPRK said the talks were useful.\n"


def run(*args):
    return CliRunner().invoke(cli, [*map(str, args)])


class FifoReader:
    """Reads a FIFO in a thread (a writer blocks until a reader opens it)."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.data = path, b""
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as handle:
            self.data = handle.read()

    def result(self) -> bytes:
        self.thread.join(timeout=15)
        assert stat.S_ISFIFO(self.path.lstat().st_mode), "the FIFO was replaced by a file"
        return self.data


def null_device(path: Path) -> Path:
    """A character device node like /dev/null (needs CAP_MKNOD: root here and in CI)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("cannot create a device node without CAP_MKNOD")
    return path


def still_a_device(path: Path) -> bool:
    return stat.S_ISCHR(path.lstat().st_mode)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    """A file named `-` would land in the current folder: keep it a temporary one."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    return path


@pytest.fixture
def tm(tmp_path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.store([TMRecord("KCNA reported on Thursday.", "ЦТАК сообщило в четверг.", "en", "ru")])
    return path


# -- glossary.atomic -------------------------------------------------------------------------------
def test_atomic_write_to_a_fifo_writes_through(tmp_path):
    reader = FifoReader(tmp_path / "pipe")
    atomic.write_bytes(reader.path, b"hello")
    assert reader.result() == b"hello"


def test_atomic_write_to_a_character_device_keeps_the_device(tmp_path):
    device = null_device(tmp_path / "null")
    atomic.write_bytes(device, b"hello")
    assert still_a_device(device)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]  # no temp file left beside it


def test_atomic_write_to_a_socket_sends_the_bytes(tmp_path):
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    received = []

    def serve():
        conn, _ = server.accept()
        with conn:
            received.append(b"".join(iter(lambda: conn.recv(4096), b"")))
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    atomic.write_bytes(path, b"hello socket")
    thread.join(timeout=30)
    server.close()
    assert received == [b"hello socket"] and stat.S_ISSOCK(path.lstat().st_mode)


def test_atomic_write_many_writes_a_fifo_in_place(tmp_path):
    reader = FifoReader(tmp_path / "pipe")
    errors = atomic.write_many([(reader.path, b"one"), (tmp_path / "file.txt", b"two")])
    assert errors == {} and reader.result() == b"one"
    assert (tmp_path / "file.txt").read_bytes() == b"two"


def test_a_folder_target_is_a_one_line_error(tmp_path):
    (tmp_path / "dir").mkdir()
    errors = atomic.write_many([(tmp_path / "dir", b"x")])
    assert errors == {tmp_path / "dir": f"{tmp_path / 'dir'}: cannot write: is a directory"}


# -- every output option of the CLI ----------------------------------------------------------------
def test_translate_output_to_a_fifo(tmp_path, source):
    reader = FifoReader(tmp_path / "pipe")
    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-q", "-o", reader.path)
    assert result.exit_code == 0, result.output
    assert reader.result().strip()


def test_translate_output_and_report_to_a_device(tmp_path, source):
    device = null_device(tmp_path / "null")
    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-q", "-o", device,
                 "--report", device)
    assert result.exit_code == 0, result.output
    assert still_a_device(device)


def test_report_to_a_fifo_is_the_whole_json(tmp_path, source):
    import json

    reader = FifoReader(tmp_path / "pipe")
    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-q",
                 "-o", tmp_path / "out.txt", "--report", reader.path)
    assert result.exit_code == 0, result.output
    assert json.loads(reader.result())["summary"]["files"] == 1


def test_tm_export_to_a_fifo(tmp_path, tm):
    reader = FifoReader(tmp_path / "pipe")
    assert run("tm", "export", "-o", reader.path, "--tm", tm).exit_code == 0
    assert "ЦТАК сообщило в четверг." in reader.result().decode("utf-8")


def test_glossary_export_to_a_fifo(tmp_path):
    reader = FifoReader(tmp_path / "pipe.csv")
    assert run("glossary", "export", yamlio.bundled_path(), "-o", reader.path).exit_code == 0
    assert reader.result().startswith(b"id,en,")


# -- `-` is standard output everywhere -------------------------------------------------------------
def test_translate_dash_o_is_standard_output(tmp_path, source):
    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-q", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() and not (tmp_path / "-").exists()


def test_translate_report_dash_is_standard_output(tmp_path, source):
    import json

    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-q",
                 "--out", tmp_path / "out", "--report", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["status"] == "done"


def test_report_and_translation_cannot_share_standard_output(source):
    result = run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "--report", "-")
    assert result.exit_code == 2 and "cannot both go to standard output" in result.output


def test_tm_export_dash_is_standard_output(tmp_path, tm):
    result = run("tm", "export", "-o", "-", "--tm", tm)
    assert result.exit_code == 0, result.output
    assert "<tmx" in result.stdout and not (tmp_path / "-").exists()


@pytest.mark.parametrize("verb", ["export", "import"])
def test_glossary_dash_o_needs_a_format_and_is_standard_output(tmp_path, verb):
    bundled = yamlio.bundled_path()
    missing = run("glossary", verb, bundled, "-o", "-")
    assert missing.exit_code == 2 and "--format" in missing.output
    result = run("glossary", verb, bundled, "-o", "-", "--format", "yaml")
    assert result.exit_code == 0, result.output
    assert "entries:" in result.stdout and not (tmp_path / "-").exists()


@pytest.mark.parametrize("args", [
    ["glossary", "list"],  # click.echo
    ["translate", "-", "--to", "ru", "--model", "demo", "--no-tm", "-q"],  # an Output to `-`
], ids=["echo", "output"])
def test_a_reader_that_goes_away_ends_the_command_quietly(args, tmp_path):
    """`workbench ... | head`: no "error: Broken pipe" line; status 141 as `cat` (1 would mean findings)."""
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    exe = os.path.join(os.path.dirname(sys.executable), "workbench")
    try:
        proc = subprocess.run([exe, *args], input=SENTENCE * 50, stdout=write_end, stderr=subprocess.PIPE,
                              text=True, timeout=120, env={**os.environ, "WORKBENCH_DATA_DIR": str(tmp_path)})
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 141
