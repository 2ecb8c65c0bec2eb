"""Damaged, hostile and half-understood documents: one line and exit 2, or read as far as
they go with a note. Never a traceback, never a hang.

Run as a user runs pmlint (a subprocess), so that stderr, the exit code and the absence of
a traceback are what a CI log would show.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from formats_build import to_docx

CLI = [sys.executable, "-c", "from pmlint.cli import main; main()"]
SMALL = "# Outage\n\n## Timeline (UTC)\n\n- 09:00 alert fires\n- 09:30 resolved\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)


def refused(path: Path, words: str) -> None:
    """Every command reports an unreadable file as one line on stderr."""
    for command in (["check"], ["timeline"], ["graph"]):
        done = run(*command, str(path))
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
        lines = [line for line in done.stderr.strip().split("\n") if "note:" not in line]
        assert len(lines) == 1, done.stderr
        assert words in lines[0], lines[0]


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_truncated_docx(tmp_path: Path) -> None:
    data = to_docx(SMALL)
    path = tmp_path / "draft.docx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "not a readable zip")


def test_docx_whose_document_xml_is_not_xml(tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(to_docx(SMALL)))
    members = {n: good.read(n) for n in good.namelist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>unclosed"
    path = tmp_path / "draft.docx"
    path.write_bytes(zip_of(members))
    refused(path, "not a readable DOCX")


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        with archive.open("word/media/bomb.bin", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(100):  # 100 MiB of zeros, about 100 KB zipped
                member.write(chunk)
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 1 << 20
    start = time.perf_counter()
    refused(path, "zip bomb")
    assert time.perf_counter() - start < 10


def test_billion_laughs_in_a_docx_is_not_expanded(tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(to_docx(SMALL)))
    members = {n: good.read(n) for n in good.namelist()}
    entities = "".join(f'<!ENTITY e{n} "&e{n - 1};&e{n - 1};&e{n - 1};&e{n - 1};">'
                       for n in range(1, 12))
    members["word/document.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "lol">{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Start: 09:00 UTC &e11;</w:t></w:r></w:p></w:body>"
        "</w:document>").encode()
    path = tmp_path / "laughs.docx"
    path.write_bytes(zip_of(members))
    start = time.perf_counter()
    done = run("check", str(path))
    assert time.perf_counter() - start < 10
    assert done.returncode in (0, 1, 2), done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert len(done.stdout) < 100_000


def test_zip_that_is_no_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    path.write_bytes(zip_of({"a.jpg": b"x", "b.jpg": b"y"}))
    refused(path, "neither a DOCX nor a zipped HTML page")


def test_google_docs_zipped_html_export_is_read(tmp_path: Path) -> None:
    page = b"<html><body><h2>Timeline (UTC)</h2><p>09:00 alert fires</p></body></html>"
    path = tmp_path / "Postmortem.zip"
    path.write_bytes(zip_of({"Postmortem.html": page, "images/image1.png": b"\x89PNG"}))
    done = run("timeline", str(path))
    assert done.returncode == 0, done.stderr
    assert "09:00" in done.stdout


def test_garbage_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(b"this is not a zip at all")
    refused(path, "not a readable zip")


def test_html_with_no_body_and_no_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Postmortem</title></head></html>")
    refused(path, "no text")


def test_html_with_too_many_tags(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<b>" * 300_000)
    refused(path, "tags")


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<div>" * 20_000 + "Start: 09:00 UTC" + "</div>" * 20_000)
    start = time.perf_counter()
    done = run("timeline", str(path))
    assert time.perf_counter() - start < 20
    assert done.returncode == 0, done.stderr
    assert "09:00" in done.stdout
    assert "note: 1 element nested deeper than" in done.stderr


def test_binary_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html>\x00\x01\x02")
    refused(path, "binary")


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "issue.json"
    path.write_text('{"type": "doc", "content": [')
    refused(path, "not valid JSON")


def test_json_that_is_no_atlassian_document(tmp_path: Path) -> None:
    path = tmp_path / "package.json"
    path.write_text('{"name": "x", "version": "1.0.0"}')
    refused(path, "holds no Atlassian document")


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"type": "doc", "version": 1, "content": ' + "[" * 100_000 + "]" * 100_000
                    + "}")
    refused(path, "not valid JSON")


def test_adf_nested_beyond_the_walk_is_read_flat(tmp_path: Path) -> None:
    node: dict[str, object] = {"type": "paragraph", "content": [
        {"type": "text", "text": "Start: 09:00 UTC"}]}
    for _ in range(300):
        node = {"type": "blockquote", "content": [node]}
    path = tmp_path / "deep.json"
    path.write_text(json.dumps({"type": "doc", "version": 1, "content": [node]}))
    done = run("timeline", str(path))
    assert done.returncode == 0, done.stderr
    assert "09:00" in done.stdout
    assert "read flat" in done.stderr


def test_adf_with_an_unknown_node_type_is_read_with_a_note(tmp_path: Path) -> None:
    document = {"type": "doc", "version": 1, "content": [
        {"type": "heading", "attrs": {"level": 2}, "content": [
            {"type": "text", "text": "Timeline (UTC)"}]},
        {"type": "hologram", "attrs": {}},
        {"type": "bulletList", "content": [
            {"type": "listItem", "content": [{"type": "paragraph", "content": [
                {"type": "text", "text": "10:00 PM deploy"}]}]},
            {"type": "listItem", "content": [{"type": "paragraph", "content": [
                {"type": "text", "text": "10:30 AM alert"}]}]},
            {"type": "listItem", "content": [{"type": "paragraph", "content": [
                {"type": "text", "text": "10:50 PM rollback"}]}]}]}]}
    path = tmp_path / "issue.json"
    path.write_text(json.dumps(document))
    done = run("check", str(path))
    assert done.returncode == 1, done.stderr  # the AM/PM flip, found despite the unknown node
    assert "ampm-flip" in done.stdout
    assert done.stderr.strip() == (f"pmlint: {path}: note: unknown ADF node 'hologram' at "
                                   "$.content[1] read as far as it goes")


def test_mhtml_with_no_html_part(tmp_path: Path) -> None:
    path = tmp_path / "export.mht"
    path.write_text("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
                    "Content-Type: image/png\n\nxx\n--b--\n")
    refused(path, "no HTML page")


def test_word_97_document(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    refused(path, "Word 97-2003")


@pytest.mark.parametrize("name", ["draft.docx", "page.html", "page.xhtml", "doc.json"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    done = run("check", str(path))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
