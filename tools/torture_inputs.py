"""Hostile inputs for tools/torture.py: fuzzed command lines, search queries, import files and
damaged databases. Everything is drawn from a ``random.Random`` so a seed reproduces a run.
"""
from __future__ import annotations

import functools
import io
import os
import random
import re
import sqlite3
import zipfile
import zlib
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# values a user (or a script) can put in any option
# ---------------------------------------------------------------------------------------------

def _fs(raw: bytes) -> str:
    """A command-line argument that is not UTF-8, as Python receives it (surrogateescape)."""
    return os.fsdecode(raw)


HOSTILE_VALUES = [
    "", " ", "0", "-1", "-0", "1", str(10 ** 30), str(-10 ** 30), str(2 ** 63), str(-2 ** 63 - 1),
    "1e30", "-1e30", "1e-30", "1e308", "1e309", "NaN", "nan", "-nan", "inf", "-inf", "Infinity",
    "0x10", "1_000", "1,000", "£1,000,000", "¥5e9", "٣", "１２", "9" * 5000, "a" * 10000,
    "<b>bold</b>", "<script>alert(1)</script>", "'; DROP TABLE initiatives; --", "%s%n%x",
    "{0}{1}", "\n", "line\nbreak", "\t", "\u202eevil", "🦄", "日本の科学",
    "e\u0301", _fs(b"\xff\xfe"), _fs(b"caf\xe9"), _fs(b"\xed\xa0\x80"), "--", "-", "=", "-q",
    "2023", "1999", "0000", "99999", "2023-02-30", "2024-01-01", "GB", "JP", "csv", "png",
    "relevance", "name", "sector", "*", '"', "NOT", "AND OR", "quantum*", "x" * 300,
]
INTS = [0, 1, -1, 7, 10 ** 30, -10 ** 30, 2 ** 31, 2 ** 63, -2 ** 63, 10 ** 6, 10 ** 9]


def hostile_value(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return rng.choice(HOSTILE_VALUES)
    if r < 0.8:
        return str(rng.choice(INTS))
    if r < 0.9:
        return "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(1, 40)))
    return _fs(bytes(rng.randrange(128, 256) for _ in range(rng.randrange(1, 8))))


# ---------------------------------------------------------------------------------------------
# the command line, as its --help output describes it
# ---------------------------------------------------------------------------------------------

def parse_help(text: str) -> dict:
    """{"subcommands": [...], "positionals": [...], "options": {option: choices tuple | metavar |
    None for a flag}} from argparse's --help output."""
    subcommands: list[str] = []
    positionals: list[str] = []
    options: dict[str, tuple[str, ...] | str | None] = {}
    section = ""
    for line in text.splitlines():
        if line and not line.startswith(" "):
            section = line
            continue
        m = re.match(r"^( +)(\S+)", line)
        if not m:
            continue
        indent, word = len(m.group(1)), m.group(2)
        if section.startswith("positional") and not word.startswith("-"):
            if indent == 2 and word not in ("COMMAND", "DBCOMMAND"):
                positionals.append(word)
            elif indent == 4:
                subcommands.append(word)
        elif indent == 2 and word.startswith("-"):
            for spelling in line.strip().split("  ")[0].split(", "):
                parts = spelling.split(" ", 1)
                if parts[0].startswith("--") and parts[0] != "--help":
                    arg = parts[1] if len(parts) > 1 else None
                    options[parts[0]] = tuple(arg[1:-1].split(",")) if arg and arg.startswith("{") else arg
    return {"subcommands": subcommands, "positionals": positionals, "options": options}


class ArgvFuzzer:
    """Random argument lists built from the real parser's help (``spec``), with hostile values.

    ``paths`` are files and folders (relative to the worker's folder) to use where a path is
    expected; ``db`` is the working database; ``slugs`` are real initiative slugs."""

    PATH_METAVARS = {"FILE", "PATH", "DIR", "OUTPUT", "DATASET"}

    def __init__(self, spec: dict, db: str, slugs: list[str], paths: list[str], rng: random.Random,
                 plausible: dict[str, list[str]] | None = None):
        self.spec, self.db, self.slugs, self.paths, self.rng = spec, db, slugs, paths, rng
        self.plausible = {**self.PLAUSIBLE, **(plausible or {})}

    # Ordinary values per metavar, so that half the calls get past parsing into the commands.
    PLAUSIBLE = {"LIMIT": ["0", "1", "10", "50"], "OFFSET": ["0", "5", "40"], "N": ["1", "2", "10"],
                 "YEAR": ["2015", "2020", "2024", "2026"], "AMOUNT": ["0", "1000000", "£5,000,000", "2.5e6"],
                 "Q": ["quantum", '"quantum computing"', "semi*", "UKRI AND JST", "fusion OR space"],
                 "S": ["quantum", "semiconductors", "space", "ai"], "O": ["ukri", "jst", "nedo"],
                 "C": ["GB", "JP", "gb", "US"], "T": ["mine", "to read"], "K": ["partnership", "fund"],
                 "ST": ["active", "announced"], "W": ["800", "120"], "H": ["600", "90"], "D": ["96", "300"],
                 "YYYY-MM-DD": ["2024-03-12", "2026-01-01"], "NAME": ["A new initiative"]}

    def _value(self, opt: str, arg) -> str:
        rng = self.rng
        if isinstance(arg, tuple):
            return rng.choice(arg) if rng.random() < 0.75 else hostile_value(rng)
        if arg in self.plausible and rng.random() < 0.65:
            return rng.choice(self.plausible[arg])
        if arg in self.PATH_METAVARS or opt in ("--output", "--db", "--dataset", "-o"):
            return rng.choice(self.paths) if rng.random() < 0.7 else hostile_value(rng)
        if opt in ("--initiative", "--highlight") or arg == "SLUG":
            return rng.choice(self.slugs) if rng.random() < 0.5 else hostile_value(rng)
        return hostile_value(rng)

    def _positional(self, name: str) -> str:
        rng = self.rng
        if name == "slug":
            return rng.choice(self.slugs) if rng.random() < 0.5 else rng.choice(
                ["no-such-initiative", hostile_value(rng)])
        if name in ("FILE",):
            return rng.choice(self.paths) if rng.random() < 0.8 else hostile_value(rng)
        if name == "KIND":
            kinds = self.spec.get("chart_kinds", ["sector"])
            return rng.choice(kinds) if rng.random() < 0.6 else hostile_value(rng)
        return hostile_value(rng)

    def argv(self) -> list[str]:
        rng = self.rng
        out: list[str] = []
        if rng.random() < 0.9:
            out += ["--db", self.db if rng.random() < 0.85 else rng.choice(self.paths + [hostile_value(rng)])]
        if rng.random() < 0.01:
            out.append(rng.choice(["--version", "--help"]))
        commands = list(self.spec["commands"])
        if rng.random() < 0.04:
            path = [rng.choice(["frobnicate", hostile_value(rng), "LIST", "lis"])]
        else:
            path = list(rng.choice(commands))
        out += path
        cmd = self.spec["commands"][tuple(path)] if tuple(path) in self.spec["commands"] else None
        opts = cmd["options"] if cmd else {}
        pos = cmd["positionals"] if cmd else []
        tail: list[str] = []
        for _ in range(rng.randrange(0, 5)):
            if opts and rng.random() < 0.92:
                opt = rng.choice(sorted(opts))
                arg = opts[opt]
                if arg is None:
                    tail.append(opt)
                elif rng.random() < 0.05:
                    tail.append(opt)                          # value missing
                elif rng.random() < 0.2:
                    tail.append(f"{opt}={self._value(opt, arg)}")
                else:
                    tail += [opt, self._value(opt, arg)]
            else:
                tail.append(rng.choice(["--frobnicate", "-Z", "--limit=", "--db", "---", "--no-such-option=1",
                                        hostile_value(rng)]))
        for name in pos:
            if rng.random() < 0.97:
                tail.append(self._positional(name))
        if rng.random() < 0.3:
            rng.shuffle(tail)
        if rng.random() < 0.03:
            tail.append("--help")
        return out + tail


# ---------------------------------------------------------------------------------------------
# search queries
# ---------------------------------------------------------------------------------------------

FTS_SYNTAX = ["AND", "OR", "NOT", "NEAR", "NEAR(", ")", "(", "*", '"', "^", "+", "-", ":", "name:",
              "summary:", "{name}", "NEAR(a b, 2)", "''", "\\", "%", "_", ";", "--", "/*", "*/",
              "MATCH", "rank", "bm25(", "snippet(", "x'00'", "\x00", "\n", "\t", "\u200b", "\ufeff"]
UNICODE_BITS = ["日本", "科学技術", "量子", "ｑｕａｎｔｕｍ", "🦄", "e\u0301", "\u202e", "Ⅻ", "ß", "İ",
                "ﬁ", "\U0001F600", "한국", "𝔘𝔎", _fs(b"\xff"), "\udc80", "\ud800"]


def fuzz_query(rng: random.Random, words: list[str]) -> str:
    shape = rng.random()
    if shape < 0.05:          # long
        return " ".join(rng.choice(words) for _ in range(rng.randrange(30, 40)))
    if shape < 0.1:           # many prefixes OR'ed (the slow case of issue 13 #9)
        n = rng.choice([31, 32, 33, 64, 200, 400])
        return " OR ".join(f"{chr(rng.randrange(97, 123))}*" for _ in range(n))
    if shape < 0.14:          # one huge token
        return rng.choice(["a", "quantum", "日", "*"]) * rng.choice([1000, 10000, 100000])
    if shape < 0.18:          # random code points
        return "".join(chr(rng.randrange(1, 0x11000)) for _ in range(rng.randrange(1, 200))
                       ).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    parts = []
    for _ in range(rng.randrange(1, 10)):
        r = rng.random()
        if r < 0.45:
            w = rng.choice(words)
            if rng.random() < 0.3:
                w = w[: rng.randrange(1, len(w) + 1)] + "*"
            if rng.random() < 0.15:
                w = f'"{w} {rng.choice(words)}"' if rng.random() < 0.7 else f'"{w}'
            parts.append(w)
        elif r < 0.75:
            parts.append(rng.choice(FTS_SYNTAX))
        elif r < 0.9:
            parts.append(rng.choice(UNICODE_BITS))
        else:
            parts.append(hostile_value(rng))
    sep = rng.choice([" ", " ", "", "  ", "\t"])
    return sep.join(parts)


# ---------------------------------------------------------------------------------------------
# damaged databases
# ---------------------------------------------------------------------------------------------

def _foreign_wal(workdir: Path) -> bytes:
    """The -wal file of another SQLite database, with frames not yet checkpointed."""
    other = workdir / "other-for-wal.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{other}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO notes(body) VALUES (?)", [(f"other database row {i} " * 20,) for i in range(400)])
    con.commit()
    data = Path(f"{other}-wal").read_bytes()
    con.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{other}{suffix}").unlink(missing_ok=True)
    return data


def damage(kind: str, path: Path, rng: random.Random, workdir: Path) -> None:
    """Damage the database at ``path`` in one of DAMAGE_KINDS' ways."""
    size = path.stat().st_size
    if kind == "overwrite 4 KB mid-file":
        with path.open("r+b") as fh:
            fh.seek(size // 2)
            fh.write(rng.randbytes(4096))
    elif kind == "truncate one byte":
        os.truncate(path, size - 1)
    elif kind == "truncate half":
        os.truncate(path, size // 2)
    elif kind == "zero the header":
        with path.open("r+b") as fh:
            fh.write(b"\x00" * 100)
    elif kind == "random bytes in the first page":
        with path.open("r+b") as fh:
            fh.seek(100)
            fh.write(rng.randbytes(4096 - 100))
    elif kind == "wrong magic":
        with path.open("r+b") as fh:
            fh.write(b"SQLite format 2\x00")
    elif kind == "empty file":
        os.truncate(path, 0)
    elif kind == "directory in place of the file":
        path.unlink()
        path.mkdir()
    elif kind == "WAL file from another database":
        Path(f"{path}-wal").write_bytes(_foreign_wal(workdir))
    else:
        raise ValueError(kind)


DAMAGE_KINDS = ("overwrite 4 KB mid-file", "truncate one byte", "truncate half", "zero the header",
                "random bytes in the first page", "wrong magic", "empty file",
                "directory in place of the file", "WAL file from another database")


# ---------------------------------------------------------------------------------------------
# hostile import files
# ---------------------------------------------------------------------------------------------

SAMPLE = ("The UK and Japan will each invest £5 million in quantum computing research from 2024. "
          "UK Research and Innovation (UKRI) and the Japan Science and Technology Agency (JST) "
          "signed a memorandum of cooperation on 12 March 2024 in Tokyo.")

_CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document_xml(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>'.encode()


def _core_xml(title: str = "A test document") -> bytes:
    return ('<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{title}</dc:title><dc:creator>UKRI</dc:creator></cp:coreProperties>").encode()


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def valid_docx() -> bytes:
    return _zip({"[Content_Types].xml": _CT, "word/document.xml": _document_xml([SAMPLE] * 3),
                 "docProps/core.xml": _core_xml()})


def _repeated(chunk: bytes, size: int):
    """``size`` bytes of ``chunk`` repeated, in pieces of about a megabyte."""
    block = chunk * max(1, (1 << 20) // len(chunk))
    done = 0
    while done < size:
        piece = block[: size - done]
        done += len(piece)
        yield piece


@functools.lru_cache(maxsize=16)
def _deflated_repeat(chunk: bytes, size: int, head: bytes = b"", tail: bytes = b"") -> tuple[bytes, int, int, int]:
    """(raw deflate data, crc32, size, adler32) of ``head``, ``chunk`` repeated to ``size``
    bytes, then ``tail``; made without holding the uncompressed bytes (1 GB is ~1 MB on disk)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, adler, out = 0, 1, []
    for piece in (head, *_repeated(chunk, size), tail):
        crc, adler = zlib.crc32(piece, crc), zlib.adler32(piece, adler)
        out.append(comp.compress(piece))
    out.append(comp.flush())
    return b"".join(out), crc, len(head) + size + len(tail), adler


def _zip_raw(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already-deflated members (name, deflated data, crc, uncompressed size)."""
    import struct
    buf, central = io.BytesIO(), []
    for name, data, crc, size in members:
        offset = buf.tell()
        n = name.encode()
        buf.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0))
        buf.write(n + data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data),
                                   size, len(n), 0, 0, 0, 0, 0, offset) + n)
    start = buf.tell()
    for c in central:
        buf.write(c)
    buf.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                          buf.tell() - start, start, 0))
    return buf.getvalue()


def _bomb(member: str, size: int, chunk: bytes = b" ", head: bytes = b"", tail: bytes = b"") -> bytes:
    data, crc, n, _adler = _deflated_repeat(chunk, size, head, tail)
    members = [("[Content_Types].xml",) + _deflated(_CT), (member, data, crc, n)]
    if member != "word/document.xml":
        members.append(("word/document.xml",) + _deflated(_document_xml([SAMPLE])))
    return _zip_raw(members)


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush(), zlib.crc32(data), len(data)


def _pdf(objects: list[bytes], trailer_extra: bytes = b"", xref: str = "good") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    start = out.tell()
    if xref != "missing":
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for off in offsets:
            if xref == "wrong offsets":
                off = off * 7 + 13
            out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n")
    where = {"good": start, "missing": start, "wrong offsets": start, "beyond the end": start * 50 + 999,
             "garbage": 0}[xref]
    out.write(b"startxref\n" + (b"not-a-number" if xref == "garbage" else b"%d" % where) + b"\n%%EOF\n")
    return out.getvalue()


def _pdf_with_content(content: bytes, stream_dict: bytes = b"", pages: bytes | None = None,
                      xref: str = "good", trailer_extra: bytes = b"") -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            pages or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d " % len(content) + stream_dict + b">>\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    return _pdf(objs, trailer_extra, xref)


def _text_ops(text: str) -> bytes:
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"BT /F1 12 Tf 72 712 Td (" + safe.encode("latin-1", "replace") + b") Tj ET"


def _encrypted_pdf(algorithm: str) -> bytes | None:
    try:
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_content(_text_ops(SAMPLE)))))
        w.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
        buf = io.BytesIO()
        w.write(buf)
        return buf.getvalue()
    except Exception:  # noqa: BLE001 - an algorithm this pypdf cannot write: a bare /Encrypt instead
        return None


def import_file_kinds() -> list[str]:
    return list(_IMPORT_KINDS)


def _k_docx_truncated(rng):
    d = valid_docx()
    return "docx", d[: rng.randrange(1, len(d) - 1)]


def _k_docx_corrupt(rng):
    d = bytearray(valid_docx())
    for _ in range(rng.randrange(1, 20)):
        i = rng.randrange(40, len(d) - 40)
        d[i] = rng.randrange(256)
    return "docx", bytes(d)


def _k_docx_bad_deflate(rng):
    data, crc, n = _deflated(_document_xml([SAMPLE] * 50))
    data = bytearray(data)
    for i in range(len(data) // 3, len(data) // 3 + 16):
        data[i] ^= 0xFF
    return "docx", _zip_raw([("[Content_Types].xml",) + _deflated(_CT), ("word/document.xml", bytes(data), crc, n)])


def _k_docx_bomb_document(rng):
    head = f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>'.encode()
    para = b"<w:p><w:r><w:t>UKRI gives \xc2\xa31 million.</w:t></w:r></w:p>"
    size = rng.choice([45, 49]) * 1000 * 1000 // len(para) * len(para)
    return "docx", _bomb("word/document.xml", size, para, head, b"</w:body></w:document>")


def _k_docx_bomb_core(rng):
    return "docx", _bomb("docProps/core.xml", rng.choice([200, 1000]) * 1000 * 1000)


def _k_docx_bomb_text(rng):
    """A document.xml of 10-40 MB of realistic paragraphs: under the size limit, heavy to read."""
    para = f"<w:p><w:r><w:t>{SAMPLE}</w:t></w:r></w:p>".encode()
    head = f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>'.encode()
    size = rng.choice([10, 40]) * 1000 * 1000
    doc = head + para * (size // len(para)) + b"</w:body></w:document>"
    return "docx", _zip_raw([("[Content_Types].xml",) + _deflated(_CT), ("word/document.xml",) + _deflated(doc)])


def _k_docx_many_members(rng):
    members = {"[Content_Types].xml": _CT, "word/document.xml": _document_xml([SAMPLE])}
    for i in range(rng.choice([2000, 10000])):
        members[f"word/media/junk{i}.xml"] = b"<x/>"
    return "docx", _zip(members, zipfile.ZIP_STORED)


def _k_docx_deep_nesting(rng):
    depth = rng.choice([10000, 100000, 200000])
    inner = "<w:p>" * depth + "<w:r><w:t>deep</w:t></w:r>" + "</w:p>" * depth
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>{inner}</w:body></w:document>'
    return "docx", _zip({"[Content_Types].xml": _CT, "word/document.xml": xml.encode()})


def _k_docx_many_paragraphs(rng):
    return "docx", _zip({"[Content_Types].xml": _CT,
                         "word/document.xml": _document_xml(["£1 million"] * rng.choice([50000, 200000]))})


def _k_docx_xml_entities(rng):
    xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
           '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
           f'<w:document xmlns:w="{_W_NS}"><w:body><w:p><w:r><w:t>&f;&f;&f;&f;&f;&f;</w:t></w:r></w:p>'
           '</w:body></w:document>')
    return "docx", _zip({"[Content_Types].xml": _CT, "word/document.xml": xml.encode()})


def _k_docx_not_zip(rng):
    return "docx", rng.choice([b"PK\x03\x04" + rng.randbytes(2000), b"", b"PK", SAMPLE.encode()])


def _k_docx_bad_xml(rng):
    return "docx", _zip({"[Content_Types].xml": _CT,
                         "word/document.xml": rng.choice([b"<w:document", b"\xff\xfe<\x00", b"<a><b></a>",
                                                          _document_xml([SAMPLE])[:-20]]),
                         "docProps/core.xml": rng.choice([b"<<<", _core_xml("<&>"), b"\x00" * 10])})


def _k_pdf_bad_xref(rng):
    return "pdf", _pdf_with_content(_text_ops(SAMPLE), xref=rng.choice(["missing", "wrong offsets",
                                                                         "beyond the end", "garbage"]))


def _k_pdf_truncated(rng):
    d = _pdf_with_content(_text_ops(SAMPLE))
    return "pdf", d[: rng.randrange(8, len(d) - 1)]


def _k_pdf_filters(rng):
    name = rng.choice([b"/JBIG2Decode", b"/JPXDecode", b"/CCITTFaxDecode", b"/DCTDecode", b"/Crypt",
                       b"/NoSuchDecode", b"/LZWDecode", b"/ASCII85Decode", b"/ASCIIHexDecode",
                       b"/RunLengthDecode", b"/FlateDecode", b"[/ASCIIHexDecode /FlateDecode]",
                       b"[/FlateDecode /FlateDecode /NoSuchDecode]"])
    params = rng.choice([b"", b"/DecodeParms << /Predictor 15 /Columns 0 >>",
                         b"/DecodeParms << /Predictor 2 /Colors 99999 /BitsPerComponent 3 >>"])
    content = rng.choice([rng.randbytes(rng.randrange(1, 3000)), _text_ops(SAMPLE), b""])
    return "pdf", _pdf_with_content(content, b"/Filter " + name + b" " + params)


def _k_pdf_flate_bomb(rng):
    size = rng.choice([50, 300]) * 1000 * 1000
    data, _crc, _n, adler = _deflated_repeat(_text_ops("£5 million ") + b"\n", size)
    stream = b"\x78\xda" + data + adler.to_bytes(4, "big")      # zlib header + deflate + adler32
    return "pdf", _pdf_with_content(stream, b"/Filter /FlateDecode")


def _k_pdf_encrypted(rng):
    d = _encrypted_pdf(rng.choice(["RC4-40", "RC4-128", "AES-128", "AES-256"]))
    if d is None or rng.random() < 0.3:
        enc = rng.choice([b"<< /Filter /Standard /V 5 /R 6 /Length 256 /O <00> /U <00> /P -4 >>",
                          b"<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>",
                          b"<< /Filter /FooSecurity /V 9 /R 9 >>", b"<< /Filter /Standard /V 4 /R 4 /CF << >> >>"])
        return "pdf", _pdf_with_content(_text_ops(SAMPLE), trailer_extra=b"/Encrypt " + enc + b" /ID [<01> <01>] ")
    return "pdf", d


def _k_pdf_structure(rng):
    kind = rng.randrange(5)
    if kind == 0:      # a page tree that loops
        return "pdf", _pdf_with_content(_text_ops(SAMPLE), pages=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")
    if kind == 1:      # deeply nested arrays
        depth = rng.choice([1000, 100000])
        return "pdf", _pdf_with_content(_text_ops(SAMPLE), stream_dict=b"/X " + b"[" * depth + b"]" * depth + b" ")
    if kind == 2:      # absurd page count
        return "pdf", _pdf_with_content(_text_ops(SAMPLE), pages=b"<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>")
    if kind == 3:      # stream /Length that lies
        d = _pdf_with_content(_text_ops(SAMPLE))
        return "pdf", d.replace(b"/Length %d" % len(_text_ops(SAMPLE)), b"/Length 999999999", 1)
    return "pdf", b"%PDF-1.7\n" + rng.randbytes(rng.randrange(10, 5000))


def _k_pdf_huge_numbers(rng):
    return "pdf", _pdf_with_content(_text_ops("£" + "9" * 5000 + " from Japan and " + "1" * 3000 + " yen"))


def _k_utf16(rng):
    body = ("UTF-16 text about £5 million " * rng.randrange(1, 50))
    kind = rng.randrange(4)
    if kind == 0:      # odd length
        return rng.choice(["txt", "md", "html"]), b"\xff\xfe" + body.encode("utf-16-le") + b"\x00"
    if kind == 1:      # lone surrogates
        return rng.choice(["txt", "md"]), b"\xff\xfe" + body.encode("utf-16-le") + b"\x00\xd8a\x00" + b"\x00\xdc"
    if kind == 2:      # big-endian, odd
        return "txt", b"\xfe\xff" + body.encode("utf-16-be")[:-1]
    return "txt", b"\xfe\xff"                    # a BOM and nothing else


def _k_utf8_bad(rng):
    bits = [b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\xff", b"\xe2\x82", b"\xf4\x90\x80\x80"]
    data = b" ".join(rng.choice(bits) + SAMPLE.encode() for _ in range(rng.randrange(1, 30)))
    return rng.choice(["txt", "md", "html"]), data


def _k_markdown_unclosed(rng):
    opener = rng.choice(["**", "[", "![", "<!--", "`", "```", "_", "*", "[x](", "<", "~~"])
    n = rng.choice([5000, 20000, 100000, 300000])
    sep = rng.choice(["", " ", "a ", "\n"])
    return "md", ((opener + sep) * n)[: 1_100_000].encode()


def _k_long_line(rng):
    word = rng.choice(["quantum ", "£5 million ", "UKRI and JST ", "a", "2024 ", "日本 "])
    size = rng.choice([1_000_000, 2_000_000])
    return rng.choice(["txt", "md", "html"]), (word * (size // len(word.encode()) + 1)).encode()[:size]


def _k_huge_amounts(rng):
    digits = rng.choice([5000, 20000])
    parts = [f"£{'9' * digits}", f"¥{'1' * digits} million", f"$1{',000' * (digits // 4)}",
             f"£{'9' * 100}.{'9' * digits}", f"€1e{digits}", f"£{'5' * digits} billion over {'9' * 50} years"]
    return rng.choice(["txt", "md", "html"]), (SAMPLE + " " + rng.choice(parts)).encode()


def _k_binary_junk(rng):
    heads = [b"", b"\x7fELF\x02\x01\x01", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"\x00" * 64, b"\xfe\xed\xfa\xce",
             b"SQLite format 3\x00", b"\x1f\x8b\x08"]
    return rng.choice(["txt", "md", "html", "htm"]), rng.choice(heads) + rng.randbytes(rng.randrange(1, 200_000))


def _k_html_bombs(rng):
    kind = rng.randrange(6)
    n = rng.choice([10000, 100000])
    if kind == 0:
        html = "<html><body><script>" + "var a='</scr'+'ipt>';" * n + "<p>" + SAMPLE
    elif kind == 1:
        html = "<html><body>" + "<style>" * n + SAMPLE
    elif kind == 2:
        html = "<html><body>" + "<div>" * n + SAMPLE + "</div>" * n
    elif kind == 3:
        html = "<html><body><p>" + "&amp;&#0;&#xD800;&#x110000;&nosuch;&#99999999999;" * (n // 10) + SAMPLE
    elif kind == 4:
        html = "<html><body><!--" + "<!-- -- >" * n + SAMPLE
    else:
        html = "<html><head><meta charset='no-such-charset'><title>" + "<![CDATA[" * n + "</title></head>" + SAMPLE
    return rng.choice(["html", "htm", "xhtml"]), html.encode()


def _k_empty_or_tiny(rng):
    tiny = [b"", b" ", b"\n\n\n", b"\x00", b"\xef\xbb\xbf"]
    return rng.choice(["txt", "md", "html", "pdf", "docx"]), rng.choice(tiny)


def _k_wrong_extension(rng):
    data = rng.choice([valid_docx(), _pdf_with_content(_text_ops(SAMPLE)), SAMPLE.encode()])
    return rng.choice(["txt", "md", "html", "pdf", "docx", "doc", "exe", "", "tar.gz"]), data


_IMPORT_KINDS = {
    "docx truncated": _k_docx_truncated, "docx corrupt bytes": _k_docx_corrupt,
    "docx bad deflate stream": _k_docx_bad_deflate, "docx bomb: document.xml just under 50 MB": _k_docx_bomb_document,
    "docx bomb: core.xml 200 MB-1 GB": _k_docx_bomb_core, "docx large real text (10-40 MB xml)": _k_docx_bomb_text,
    "docx thousands of members": _k_docx_many_members, "docx deep nesting": _k_docx_deep_nesting,
    "docx 50k-200k paragraphs": _k_docx_many_paragraphs, "docx entity expansion": _k_docx_xml_entities,
    "docx not a zip": _k_docx_not_zip, "docx bad xml": _k_docx_bad_xml,
    "pdf bad xref": _k_pdf_bad_xref, "pdf truncated": _k_pdf_truncated,
    "pdf unsupported or broken filter": _k_pdf_filters, "pdf flate bomb": _k_pdf_flate_bomb,
    "pdf encrypted": _k_pdf_encrypted, "pdf broken structure": _k_pdf_structure,
    "pdf 5,000-digit amounts": _k_pdf_huge_numbers, "utf-16 odd/lone surrogates": _k_utf16,
    "invalid utf-8": _k_utf8_bad, "markdown unclosed openers": _k_markdown_unclosed,
    "1-2 MB single line": _k_long_line, "amounts with 5,000+ digits": _k_huge_amounts,
    "binary junk as text": _k_binary_junk, "html script/style/nesting bombs": _k_html_bombs,
    "empty or tiny": _k_empty_or_tiny, "wrong extension": _k_wrong_extension,
}


def make_import_file(kind: str, index: int, folder: Path, rng: random.Random) -> Path:
    ext, data = _IMPORT_KINDS[kind](rng)
    path = folder / (f"hostile-{index:04d}" + (f".{ext}" if ext else ""))
    path.write_bytes(data)
    return path
