"""Small generators of hostile import files (issue 13 items 5, 7 and 8).

Shared by the tests (small sizes: behaviour only) and ``benchmarks/bench_import_hostile.py``
(the sizes the issue measured: timings and peak memory). Each returns the file's bytes; the
caller picks the name (its suffix chooses the reader).
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def realistic_text(n_bytes: int) -> bytes:
    """The curated sources and the extraction corpus, repeated to ``n_bytes`` (UTF-8)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "db" / "sources").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((ROOT / "tests" / "extract_corpus").glob("*.txt"))]
    chunk = "\n\n".join(texts).encode("utf-8")
    out = (chunk + b"\n\n") * (n_bytes // (len(chunk) + 2) + 1)
    return out[:n_bytes].decode("utf-8", "ignore").encode("utf-8")


def docx(document_xml: bytes | str, extra: dict[str, bytes] | None = None,
         compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A minimal .docx: ``word/document.xml`` plus any other parts."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def docx_paragraphs(paragraphs: list[str]) -> str:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def corrupt_docx() -> bytes:
    """A .docx whose deflated document.xml has a damaged stream (zlib.error when read)."""
    good = docx(docx_paragraphs(["UK and Japan agree £3m each."] * 50))
    zf = zipfile.ZipFile(io.BytesIO(good))
    info = zf.getinfo("word/document.xml")
    # the member's data starts after its local header (30 bytes + name + extra field)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data = bytearray(good)
    for i in range(start + 2, start + 40):
        data[i] = 0xFF
    return bytes(data)


def nested_paragraphs_docx(depth: int) -> bytes:
    """Paragraphs nested ``depth`` deep, each holding one word (quadratic for a naive walk)."""
    inner = "<w:p><w:r><w:t>word</w:t></w:r>" * depth + "</w:p>" * depth
    return docx(f'<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>')


def wide_docx(n_uncompressed: int) -> bytes:
    """A small .docx whose document.xml unpacks to about ``n_uncompressed`` bytes of paragraphs."""
    para = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    body = para * (n_uncompressed // len(para))
    return docx(f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def core_bomb_docx(n_uncompressed: int) -> bytes:
    """A valid .docx whose docProps/core.xml unpacks to ``n_uncompressed`` bytes (mostly spaces),
    written by streaming so that generating a 1 GB bomb needs little memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", docx_paragraphs(["UK and Japan agree £3m each."]))
        with zf.open("docProps/core.xml", "w", force_zip64=True) as out:
            out.write(b"<cp:coreProperties xmlns:cp='x'>")
            block = b" " * (1 << 20)
            left = n_uncompressed
            while left > 0:
                out.write(block[:left])
                left -= len(block)
            out.write(b"</cp:coreProperties>")
    return buf.getvalue()


def lying_size_docx(n_uncompressed: int) -> bytes:
    """document.xml whose central-directory size claims 1 KB while it unpacks to much more."""
    data = bytearray(wide_docx(n_uncompressed))
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    real = info.file_size.to_bytes(4, "little")
    fake = (1000).to_bytes(4, "little")
    # both the local header and the central directory record carry the size
    data[info.header_offset + 22:info.header_offset + 26] = fake
    cd = bytes(data).rfind(b"PK\x01\x02")
    assert data[cd + 24:cd + 28] == real
    data[cd + 24:cd + 28] = fake
    return bytes(data)


def markdown_openers(n: int) -> bytes:
    """``n`` bold openers that never close ("**a " repeated): catastrophic for a lazy regex."""
    return b"# Title\n\n" + b"**a " * n + b"\n\nEPSRC gives \xc2\xa34.5 million.\n"


def markdown_unclosed(n_bytes: int, opener: str) -> bytes:
    """``n_bytes`` of text sprinkled with an opener that never closes: [, ![, <!--, *, `."""
    unit = f"{opener}word and more words " .encode()
    return b"Start.\n" + unit * (n_bytes // len(unit)) + b"\nEnd of text.\n"


def utf16_odd_length() -> bytes:
    return "UK and Japan agree.".encode("utf-16") + b"\x41"


def utf16_lone_surrogate() -> bytes:
    return b"\xff\xfe" + "UK ".encode("utf-16-le") + b"\x00\xd8" + " Japan".encode("utf-16-le")


def long_money(digits: int = 5000) -> bytes:
    return ("EPSRC will invest £" + "9" * digits + " in the programme.\n").encode("utf-8")


def _pdf(objs: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, trailer_extra, xref))
    return out.getvalue()


def _page_objs(stream: bytes, stream_dict: bytes = b"") -> list[bytes]:
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d %s>>\nstream\n" % (len(stream), stream_dict) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]


def pdf_text(text: str) -> bytes:
    return _pdf(_page_objs(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")))


def pdf_unsupported_filter() -> bytes:
    """A page whose content stream uses a filter pypdf does not implement."""
    return _pdf(_page_objs(b"garbage", b"/Filter /NoSuchDecode "))


def pdf_unsupported_encryption() -> bytes:
    """Encrypted with a security handler pypdf does not know."""
    objs = _page_objs(b"BT /F1 12 Tf 72 720 Td (secret) Tj ET")
    objs.append(b"<< /Filter /FancySecurity /V 9 /R 9 /O (x) /U (y) /P -4 >>")
    return _pdf(objs, b"/Encrypt %d 0 R /ID [<00> <00>] " % len(objs))


def pdf_with_broken_xref() -> bytes:
    """Readable text, but every xref offset is wrong: pypdf repairs it, logging warnings."""
    good = pdf_text("JST gives 5 billion yen.")
    head, _, tail = good.partition(b"xref\n")
    lines = tail.split(b"\n")
    lines = [b"%010d 00000 n " % 3 if ln.endswith(b" n ") else ln for ln in lines]
    return head + b"xref\n" + b"\n".join(lines).replace(b"startxref\n", b"startxref\n9") 


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. Linux's VmHWM belongs to the running program;
    ``ru_maxrss`` would also count a parent's peak inherited through fork and exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
