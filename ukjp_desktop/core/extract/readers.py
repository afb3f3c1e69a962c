"""Reading an imported file into the text that will be stored and quoted.

Plain text, Markdown (markup removed), HTML (visible text only: scripts, styles, navigation,
headers and footers are dropped, nothing is executed), PDF (its text layer, via pypdf) and Word
.docx (stdlib zipfile + XML). Anything we cannot read gives ``DocumentError`` with a one-line
message for the user; a text that is not valid UTF-8 is still read, with a notice saying how.
"""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

MAX_BYTES = 50 * 1000 * 1000   # documents must be smaller than 50 MB
_SNIFF = 8192


class DocumentError(Exception):
    """A file that cannot be imported; ``str()`` is one line for the user."""


@dataclass
class Document:
    text: str
    format: str                       # text, markdown, html, pdf, docx
    original_name: str
    notices: list[str] = field(default_factory=list)
    title: str | None = None          # metadata the file itself carries (HTML <title>, PDF info)
    publisher: str | None = None
    date: str | None = None           # ISO date string if the file states one
    url: str | None = None

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}


def _open_binary(path: Path):
    return path.open("rb")


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    name = path.name
    if path.suffix.lower() == ".doc":
        raise DocumentError(f"{name}: old Word .doc files cannot be read; save it as .docx or PDF first")
    try:
        with _open_binary(path) as fh:
            data = fh.read(max_bytes)
            if fh.read(1):
                raise DocumentError(f"{name} is too large to import (the limit is {max_bytes // 1_000_000} MB)")
    except FileNotFoundError:
        raise DocumentError(f"{name} no longer exists (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise DocumentError(f"{name} is a folder, not a document") from None
    except PermissionError:
        raise DocumentError(f"{name} cannot be read: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise DocumentError(f"{name} is empty")
    fmt = _FORMATS.get(path.suffix.lower()) or _sniff(data)
    doc = {"pdf": _read_pdf, "docx": _read_docx, "html": _read_html,
           "markdown": _read_markdown}.get(fmt, _read_text)(data, name)
    doc.text = _tidy(doc.text)
    if not doc.text.strip():
        raise DocumentError(f"{name} contains no readable text")
    return doc


def _sniff(data: bytes) -> str:
    head = data[:_SNIFF].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low:
        return "html"
    return "text"


def _tidy(text: str) -> str:
    """Unix line ends, no trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM, or UTF-16 with a BOM); else a fallback, with a notice."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if _looks_binary(data):
        raise DocumentError(f"{name} looks like a binary file, not a document")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for enc in filter(None, (declared, "cp1252")):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, [f"{name} is not valid UTF-8 (first bad byte at {first_bad}); it was read as "
                      f"{enc}: check accented letters and symbols such as £ and ¥"]
    return data.decode("utf-8", errors="replace"), [
        f"{name} is not valid UTF-8 (first bad byte at {first_bad}); unreadable bytes are shown as �"]


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _read_text(data: bytes, name: str) -> Document:
    text, notices = decode(data, name)
    return Document(text, "text", name, notices)


_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^```.*$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),                   # images
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)"), r"\1"),         # links: keep the words
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),                        # quotes
    (re.compile(r"^([ \t]*)[*+-][ \t]+", re.M), r"\1• "),                 # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),          # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"), r"\1"),   # italics
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M), ""),          # rules
]


def _read_markdown(data: bytes, name: str) -> Document:
    text, notices = decode(data, name)
    title = next((m.group(1).strip() for m in re.finditer(r"^#\s+(.+)$", text, re.M)), None)
    url = next(iter(re.findall(r"\]\((https?://[^)\s]+)", text)), None)
    for rx, repl in _MD_RULES:
        text = rx.sub(repl, text)
    return Document(text, "markdown", name, notices, title=title, url=url)


class _VisibleText(HTMLParser):
    """Collects the text a reader sees; markup, scripts and handlers never reach the output."""
    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "head",
            "iframe", "object", "form", "button", "select", "aside", "menu"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
             "article", "table", "ul", "ol", "blockquote", "pre", "dd", "dt", "figcaption", "hr",
             "main", "address", "caption"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title = ""
        self.h1 = ""
        self.in_h1 = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            if a.get("charset"):
                self.meta.setdefault("charset", a["charset"])
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "h1":
            self.in_h1 = True
        if tag in self.SKIP and tag not in self.VOID:
            self.skip_depth += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag not in ("br", "li", "tr") else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")
        elif tag == "meta" or tag == "link":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.in_h1:
            self.h1 += data
        if not self.skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def _read_html(data: bytes, name: str) -> Document:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    text, notices = decode(data, name, declared.group(1).decode("ascii") if declared else None)
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    body = "".join(parser.parts)
    body = "\n".join(line.strip() for line in body.split("\n"))
    m = parser.meta
    title = (m.get("og:title") or parser.title or parser.h1 or "").strip() or None
    date = (m.get("article:published_time") or m.get("date") or m.get("dc.date") or m.get("time") or "")[:10] or None
    return Document(body, "html", name, notices, title=title,
                    publisher=m.get("og:site_name") or m.get("publisher") or m.get("author"),
                    date=date, url=m.get("og:url") or m.get("canonical"))


def _read_pdf(data: bytes, name: str) -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        raise DocumentError("PDF import needs the pypdf package, which is not installed") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:   # many PDFs are "encrypted" only against editing and open with no password
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise DocumentError(f"{name} is an encrypted PDF; open it, save an unprotected copy and import that")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentError(f"{name} is not a readable PDF ({exc.__class__.__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise DocumentError(f"{name} has no text layer (a scanned PDF?); run it through OCR first")
    created = str(info.get("/CreationDate") or "")
    date = f"{created[2:6]}-{created[6:8]}-{created[8:10]}" if re.match(r"D:\d{8}", created) else None
    return Document(text, "pdf", name, [], title=str(info.get("/Title") or "").strip() or None,
                    publisher=str(info.get("/Author") or "").strip() or None, date=date)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(data: bytes, name: str) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > MAX_BYTES:
                raise DocumentError(f"{name} is too large to import")
            root = ElementTree.fromstring(zf.read(info))
            core = zf.read("docProps/core.xml") if "docProps/core.xml" in zf.namelist() else None
    except DocumentError:
        raise
    except KeyError:
        raise DocumentError(f"{name} is not a Word document (no word/document.xml)") from None
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError) as exc:
        raise DocumentError(f"{name} is not a readable .docx file ({exc.__class__.__name__})") from None
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        bits = []
        for el in p.iter():
            if el.tag == f"{_W}t":
                bits.append(el.text or "")
            elif el.tag == f"{_W}tab":
                bits.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                bits.append("\n")
        paragraphs.append("".join(bits))
    title = publisher = date = None
    if core:
        try:
            c = ElementTree.fromstring(core)
            for el in c:
                tag = el.tag.rsplit("}", 1)[-1]
                if tag == "title" and el.text:
                    title = el.text.strip()
                elif tag == "creator" and el.text:
                    publisher = el.text.strip()
                elif tag == "created" and el.text:
                    date = el.text.strip()[:10]
        except ElementTree.ParseError:
            pass
    return Document("\n\n".join(paragraphs), "docx", name, [], title=title, publisher=publisher, date=date)
