"""Reading files: every supported format, and every bad input ending in one clear message."""
from __future__ import annotations

import io
import zipfile

import pytest

from ukjp_desktop.core.extract import readers
from ukjp_desktop.core.extract.readers import DocumentError, read_document


def _text_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer, written by hand (no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def test_plain_markdown_html_pdf_docx(tmp_path):
    (tmp_path / "a.txt").write_text("EPSRC gives £4.5 million.\r\nSecond line.\n", encoding="utf-8")
    assert read_document(tmp_path / "a.txt").text == "EPSRC gives £4.5 million.\nSecond line."

    (tmp_path / "b.md").write_text("# Title here\n\nSee **the [call](https://x.org/c)** for *details*.\n")
    md = read_document(tmp_path / "b.md")
    assert md.text == "Title here\n\nSee the call for details." and md.title == "Title here"
    assert md.url == "https://x.org/c"

    (tmp_path / "d.pdf").write_bytes(_text_pdf("JST gives 5 billion yen."))
    pdf = read_document(tmp_path / "d.pdf")
    assert "JST gives 5 billion yen." in pdf.text and pdf.format == "pdf"

    buf = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>'
                    '<w:p><w:r><w:t>UK and Japan</w:t></w:r><w:r><w:t xml:space="preserve"> agree.</w:t></w:r></w:p>'
                    '<w:p><w:r><w:t>£3m each.</w:t></w:r></w:p></w:body></w:document>')
    (tmp_path / "e.docx").write_bytes(buf.getvalue())
    assert read_document(tmp_path / "e.docx").text == "UK and Japan agree.\n\n£3m each."


def test_html_visible_text_only(tmp_path):
    html = """<!doctype html><html><head><title>Call opens</title>
    <meta property="og:url" content="https://example.gov/call"><style>p{color:red}</style>
    <script>alert('x'); document.write('£9 billion')</script></head>
    <body onload="steal()"><header>Site header</header><nav>Home | News</nav>
    <h1>Call opens</h1><p onclick="evil()">EPSRC offers <b>£2m</b> &amp; more.</p>
    <img src=x onerror="alert(1)"><footer>Cookies</footer></body></html>"""
    (tmp_path / "c.html").write_text(html)
    doc = read_document(tmp_path / "c.html")
    assert doc.text == "Call opens\n\nEPSRC offers £2m & more."
    assert doc.title == "Call opens" and doc.url == "https://example.gov/call"
    for hidden in ("alert", "steal", "evil", "£9 billion", "Site header", "Home", "Cookies", "color"):
        assert hidden not in doc.text


def test_invalid_utf8_is_read_with_a_notice(tmp_path):
    (tmp_path / "w.txt").write_bytes("Grant of £5m for Tōhoku".encode("utf-8")[:9] + b" \xa35m caf\xe9")
    doc = read_document(tmp_path / "w.txt")
    assert "£5m" in doc.text and "café" in doc.text
    assert doc.notices and "not valid UTF-8" in doc.notices[0]


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n ", "is empty"),
    ("bin.txt", bytes(range(256)) * 10, "binary"),
    ("old.doc", b"\xd0\xcf\x11\xe0", ".doc"),
    ("broken.pdf", b"%PDF-1.4 nonsense", "not a readable PDF"),
    ("broken.docx", b"PK\x03\x04 nonsense", "not a readable .docx"),
])
def test_bad_files_give_one_line(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(DocumentError) as exc:
        read_document(tmp_path / name)
    assert message in str(exc.value) and "\n" not in str(exc.value)
    assert "Error" not in str(exc.value)          # no library's exception name for the user


def test_fifty_megabytes_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:   # sparse: costs no disk
        fh.truncate(readers.MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="too large") as exc:
        read_document(big)
    # its own size beside the limit, in the same units (a file manager's "49M" is 51 MB here)
    assert "(50.0 MB, 50,000,001 bytes; the limit is 50 MB, 50,000,000 bytes)" in str(exc.value)


def test_textless_and_encrypted_pdfs(tmp_path):
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    (tmp_path / "scan.pdf").write_bytes(buf.getvalue())
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(tmp_path / "scan.pdf")
    w.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    w.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    with pytest.raises(DocumentError, match="encrypted"):
        read_document(tmp_path / "locked.pdf")


def test_missing_or_vanishing_file(tmp_path, monkeypatch):
    with pytest.raises(DocumentError, match="nope.txt cannot be found in ") as said:
        read_document(tmp_path / "nope.txt")
    assert str(tmp_path) in str(said.value)           # where it was looked for
    f = tmp_path / "gone.txt"
    f.write_text("EPSRC gives £1m.")
    real = readers._open_binary

    def vanish(path):
        path.unlink()
        return real(path)
    monkeypatch.setattr(readers, "_open_binary", vanish)
    with pytest.raises(DocumentError, match="cannot be found"):
        read_document(f)


def test_a_pdf_whose_words_are_parted_by_tabs_reads_as_words_parted_by_spaces(tmp_path):
    # (Qt's PDF writer places each word on its own: pypdf gave "Kyowa\tKirin", which no body or payer matched)
    (tmp_path / "t.pdf").write_bytes(_text_pdf(r"Kyowa\tKirin\tgives\t\t5\tbillion yen from\t JST."))
    text = read_document(tmp_path / "t.pdf").text
    assert text == "Kyowa Kirin gives 5 billion yen from JST."
