"""Reading an imported file into the text that will be stored and quoted.

Plain text, Markdown (markup removed), HTML (visible text only: scripts, styles, navigation,
headers and footers are dropped, nothing is executed), PDF (its text layer, via pypdf) and Word
.docx (stdlib zipfile + a streaming XML parser). Anything we cannot read gives ``DocumentError``
with a one-line message for the user; a text that is not valid UTF-8 is still read, with a notice
saying how.

Hostile files are bounded, not trusted: the file is at most ``MAX_BYTES``, every part unpacked
from a .docx at most ``MAX_PART_BYTES`` (counted while it is unpacked, since zip headers can
lie), and the text at most ``MAX_TEXT_CHARS`` (extraction time and memory grow with it). Every
reader runs in time linear in its input: no regular expression here can backtrack over more
than a bounded stretch.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import io
import logging
import lzma
import re
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from xml.parsers import expat

MAX_BYTES = 50 * 1000 * 1000   # documents must be smaller than 50 MB
# A .docx part may unpack to 100 MB (a 500-page report's document.xml is ~30 MB), metadata to
# 1 MB; both are counted as they are unpacked.
MAX_PART_BYTES = 100 * 1000 * 1000
MAX_METADATA_BYTES = 1000 * 1000
# About 1,200 pages of prose (a 300-page report holds under a million characters). Extraction
# of realistic text takes ~1-2 s per million characters, of the densest hostile text (a name or
# a figure in every word) up to ~15 s per million on a loaded machine, with ~90 MB per million
# for its proposals: this keeps any import within a minute and well under 500 MB.
MAX_TEXT_CHARS = 3 * 1000 * 1000
MAX_PDF_PAGES = 10_000
MAX_ZIP_MEMBERS = 10_000   # a Word document has a few dozen parts; each costs memory to list
_SNIFF = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _size_of(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "its size could not be read"
    return f"{size / 1_000_000:.1f} MB, {size:,} bytes"


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    name = path.name
    if path.suffix.lower() == ".doc":
        raise DocumentError(f"{name}: old Word .doc files cannot be read; save it as .docx or PDF first")
    try:
        with _open_binary(path) as fh:
            data = fh.read(max_bytes)
            if fh.read(1):
                # (its own size beside the limit, in the same decimal units: a 51,382,016-byte file a file manager
                # shows as "49M" was refused as over "50 MB" with no figure to square the two)
                raise DocumentError(f"{name} is too large to import ({_size_of(path)}; the limit is "
                                    f"{max_bytes / 1_000_000:g} MB, {max_bytes:,} bytes)")
    except FileNotFoundError:
        # Said the same whether the file went after it was chosen or the path was mistyped.
        raise DocumentError(f"{name} cannot be found in {path.parent} (was it moved, renamed or deleted?)") from None
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
    _check_length(len(doc.text), name)
    doc.text = _tidy(doc.text)
    if _SURROGATE.search(doc.text):
        # a PDF or a character reference can name half of a UTF-16 pair; such text cannot be
        # stored or printed as UTF-8
        doc.text = _SURROGATE.sub("\ufffd", doc.text)
        doc.notices.append(f"{name} contains broken characters (unpaired surrogates); they are shown as �")
    if not doc.text.strip():
        raise DocumentError(f"{name} contains no readable text")
    return doc


def _check_length(characters: int, name: str) -> None:
    if characters > MAX_TEXT_CHARS:
        raise DocumentError(f"{name} holds more than {MAX_TEXT_CHARS:,} characters of text (about "
                            "1,200 pages), too many to review in one import: split it into smaller files")


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
    # per line, not re.sub(r"[ \t]+\n"): that rescans a long run of spaces from each of its spaces
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM, or UTF-16 with a BOM); else a fallback, with a notice."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:   # odd length, or a surrogate without its pair
            return data.decode("utf-16", errors="replace"), [
                f"{name} is not valid UTF-16 (first bad byte at {exc.start}: {exc.reason}); "
                "unreadable bytes are shown as �"]
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


def _sub(pattern: str, repl, flags: int = 0):
    return functools.partial(re.compile(pattern, flags).sub, repl)


def _strip_comments(text: str) -> str:
    """``<!-- ... -->`` removed; an unclosed one is left as written (and ends the search)."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


_BOLD_OPEN = re.compile(r"(\*\*|__)(?=\S)")


def _strip_bold_line(line: str) -> str:
    r"""``**words**`` / ``__words__`` → words: each opener pairs with the nearest later delimiter
    of its kind that follows a non-space, as the lazy ``(\*\*|__)(?=\S)(.+?)(?<=\S)\1`` did,
    but without rescanning the rest of the line from every opener that never closes."""
    closers = {d: [m.start() + 1 for m in re.finditer(rf"(?=\S{re.escape(d)})", line)]
               for d in ("**", "__")}
    out, pos, scan = [], 0, 0
    while m := _BOLD_OPEN.search(line, scan):
        i, ends = m.start(), closers[m.group(1)]
        k = bisect.bisect_left(ends, i + 3)       # at least one character between the pair
        if k == len(ends):
            scan = i + 1
            continue
        out += [line[pos:i], line[i + 2:ends[k]]]
        pos = scan = ends[k] + 2
    out.append(line[pos:])
    return "".join(out)


def _strip_bold(text: str) -> str:
    return "\n".join(_strip_bold_line(ln) if ("**" in ln or "__" in ln) else ln
                     for ln in text.split("\n"))


# A link target: no space, parentheses only in balanced pairs ("Foo_(bar)"), then an optional
# title. Brackets and parentheses are never scanned past (possessive repeats), so an opener that
# never closes costs only the stretch up to the next one: every step is linear in the text.
_TARGET = r"(?:[^()\s]|\([^()\s]*+\))"
_MD_STEPS = [
    _strip_comments,
    _sub(r"^```.*$", "", re.M),
    _sub(rf"!\[[^][]*+\]\({_TARGET}*+(?:\s[^()]*+)?\)", ""),                    # images
    _sub(rf"\[([^][]++)\]\({_TARGET}++(?:\s[^()]*+)?\)", r"\1"),                # links: the words
    _sub(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$",                                          # headings
         lambda m: m.group(1).rstrip(" \t").rstrip("#").rstrip(" \t"), re.M),
    _sub(r"^[ \t]{0,3}>[ \t]?", "", re.M),                                          # quotes
    _sub(r"^([ \t]*)[*+-][ \t]+", r"\1• ", re.M),                                   # bullets
    _strip_bold,
    _sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)", r"\1"),                    # italics
    _sub(r"`([^`\n]+)`", r"\1"),
    _sub(r"^[ \t]*+([-*_])(?:[ \t]*+\1){2,}+[ \t]*+$", "", re.M),                     # rules
]


def _read_markdown(data: bytes, name: str) -> Document:
    text, notices = decode(data, name)
    _check_length(len(text), name)   # before the markup is removed: markup is a small part
    title = next((m.group(1).strip() for m in re.finditer(r"^#\s+(.+)$", text, re.M)), None)
    url = re.search(r"\]\((https?://[^()\s\[\]]++)", text)
    for step in _MD_STEPS:
        text = step(text)
    return Document(text, "markdown", name, notices, title=title, url=url.group(1) if url else None)


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


def _defuse_unclosed(html: str) -> str:
    """Write as ``&lt;`` each ``<`` that cannot open markup, so the parser reads it as text.

    ``HTMLParser`` rescans to the end of the input from every tag or comment that never closes
    (each stray ``<p`` in a damaged file costs a scan of the rest: quadratic). A ``<`` whose
    next ``>`` comes after another ``<`` is treated as text (the price: an attribute value that
    contains ``<`` shows as text), and so is a ``<!--`` after the last ``-->``; comments that
    do close are left to the parser, which finds each one's end once."""
    last_close = html.rfind("-->")
    out, pos = [], 0
    opens = [m.start() for m in re.finditer("<", html)] + [len(html)]
    for i, nxt in zip(opens, opens[1:]):
        if html.startswith("<!--", i) and i < last_close:
            continue
        if html.startswith("<!--", i) or html.find(">", i, nxt) < 0:
            out += [html[pos:i], "&lt;"]
            pos = i + 1
    out.append(html[pos:])
    return "".join(out)


def _read_html(data: bytes, name: str) -> Document:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    text, notices = decode(data, name, declared.group(1).decode("ascii") if declared else None)
    parser = _VisibleText()
    parser.feed(_defuse_unclosed(text))
    parser.close()
    body = "".join(parser.parts)
    body = "\n".join(line.strip() for line in body.split("\n"))
    m = parser.meta
    title = (m.get("og:title") or parser.title or parser.h1 or "").strip() or None
    date = (m.get("article:published_time") or m.get("date") or m.get("dc.date") or m.get("time") or "")[:10] or None
    return Document(body, "html", name, notices, title=title,
                    publisher=m.get("og:site_name") or m.get("publisher") or m.get("author"),
                    date=date, url=m.get("og:url") or m.get("canonical"))


class _PdfWarnings(logging.Handler):
    """pypdf logs what it repairs in a damaged PDF (up to a dozen lines on stderr). They are
    collected for the thread that is reading (the review window reads on a worker thread) and
    become one notice; outside a read they are dropped."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self._local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        box = getattr(self._local, "box", None)
        if box is not None:
            box.append(record.getMessage())

    def collect(self) -> list[str]:
        self._local.box = []
        return self._local.box

    def stop(self) -> None:
        self._local.box = None


_pdf_warnings = _PdfWarnings()
_pypdf_log = logging.getLogger("pypdf")
log = logging.getLogger(__name__)
_pypdf_log.addHandler(_pdf_warnings)
_pypdf_log.propagate = False


def _cannot_decrypt(name: str, exc: Exception) -> DocumentError:
    return DocumentError(f"{name} is encrypted in a way that cannot be opened here ({exc}); "
                         "save an unprotected copy and import that")


# (session 29, a helper's walk through the import) pypdf puts a tab between words a PDF writer placed one by one (Qt's
# writer, wkhtmltopdf): "Kyowa\tKirin" is then no known body and "from\tJST" no payer. A run of tabs and spaces inside a
# line is one space in the text kept (the excerpts are taken from that text, so their offsets stay exact)
_TAB_RUN = re.compile(r"[ \t]*\t[ \t]*")


def _untab(text: str) -> str:
    return _TAB_RUN.sub(" ", text)


def _read_pdf(data: bytes, name: str) -> Document:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        raise DocumentError("PDF import needs the pypdf package, which is not installed") from None
    warnings = _pdf_warnings.collect()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:   # many PDFs are "encrypted" only against editing and open with no password
                ok = reader.decrypt("")
            except NotImplementedError as exc:
                raise _cannot_decrypt(name, exc) from None
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise DocumentError(f"{name} is an encrypted PDF; open it, save an unprotected copy and import that")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(f"{name} has {len(reader.pages):,} pages; the limit is {MAX_PDF_PAGES:,}: "
                                "split it into smaller files")
        pages, size = [], 0
        for page in reader.pages:
            pages.append(_untab(page.extract_text() or ""))
            size += len(pages[-1])
            _check_length(size, name)   # refused as soon as it is too long, not at the end
        info = reader.metadata or {}
    except (DocumentError, MemoryError):
        raise
    except NotImplementedError as exc:
        if "encrypt" in str(exc).lower():   # an unknown security handler, found while opening
            raise _cannot_decrypt(name, exc) from None
        raise DocumentError(f"{name} uses a PDF feature that cannot be read here ({exc}); "
                            "save it again as PDF (for example with “Print to PDF”) and import that") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        # the library's exception name means nothing to a user: it goes to the log only
        log.info("PDF not read: %s: %r", name, exc)
        raise DocumentError(f"{name} is not a readable PDF (it is damaged, or not a PDF inside); "
                            "open it in a PDF viewer to check, or save it again as PDF") from None
    finally:
        _pdf_warnings.stop()
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise DocumentError(f"{name} has no text layer (a scanned PDF?); run it through OCR first")
    notices = []
    if warnings:
        first = warnings[0] if len(warnings[0]) <= 80 else warnings[0][:77] + "…"
        notices.append(f"{name} is a damaged PDF: {len(warnings)} problem(s) were worked around while "
                       f"reading it (first: {first}); check the text against the original")
    created = str(info.get("/CreationDate") or "")
    date = f"{created[2:6]}-{created[6:8]}-{created[8:10]}" if re.match(r"D:\d{8}", created) else None
    return Document(text, "pdf", name, notices, title=str(info.get("/Title") or "").strip() or None,
                    publisher=str(info.get("/Author") or "").strip() or None, date=date)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"   # expat's "uri}local"


def _zip_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str):
    """The part's bytes in chunks, refused once more than ``limit`` bytes have been unpacked:
    the size the header declares is checked first, and the count again while unpacking."""
    too_big = DocumentError(f"{name} holds a part ({info.filename}) that unpacks to more than "
                            f"{limit // 1_000_000 or 1} MB; the file is damaged or built to exhaust memory")
    if info.file_size > limit:
        raise too_big
    total = 0
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 16):
            total += len(chunk)
            if total > limit:
                raise too_big
            yield chunk


def _parse_xml(chunks, name: str, start=None, end=None, data=None) -> None:
    """Stream ``chunks`` through expat (no tree is built). A DTD is refused: Office parts never
    carry one, and entity tricks need one."""
    parser = expat.ParserCreate(namespace_separator="}")

    def no_dtd(*_args):
        raise DocumentError(f"{name} is not a readable .docx file (its XML declares a DTD)")
    parser.StartDoctypeDeclHandler = no_dtd
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    parser.buffer_text = True
    for chunk in chunks:
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _docx_paragraphs(chunks, name: str) -> list[str]:
    """Each paragraph's text (w:t, with w:tab and w:br/w:cr), in order of its end. A paragraph
    nested inside another (not valid Word, but parseable) keeps its own text only."""
    done: list[str] = []
    open_: list[list[str]] = []
    in_text = [0]
    size = [0]

    def add(bit: str) -> None:
        if open_:
            open_[-1].append(bit)
            size[0] += len(bit)
            _check_length(size[0], name)

    def start(tag, _attrs):
        if tag == _W + "p":
            open_.append([])
        elif tag == _W + "t":
            in_text[0] += 1
        elif tag == _W + "tab":
            add("\t")
        elif tag in (_W + "br", _W + "cr"):
            add("\n")

    def end(tag):
        if tag == _W + "p":
            done.append("".join(open_.pop()))
            size[0] += 2                      # the blank line between paragraphs
            _check_length(size[0], name)
        elif tag == _W + "t":
            in_text[0] -= 1

    def data(text):
        if in_text[0]:
            add(text)
    _parse_xml(chunks, name, start, end, data)
    return done


def _docx_core(chunks, name: str) -> dict[str, str]:
    """title, creator and created from docProps/core.xml (any namespace)."""
    found: dict[str, str] = {}
    current: list[str | None] = [None]

    def start(tag, _attrs):
        local = tag.rsplit("}", 1)[-1]
        current[0] = local if local in ("title", "creator", "created") and local not in found else None
        if current[0]:
            found[local] = ""

    def end(_tag):
        current[0] = None

    def data(text):
        if current[0]:
            found[current[0]] += text
    _parse_xml(chunks, name, start, end, data)
    return {k: v.strip() for k, v in found.items() if v.strip()}


def _read_docx(data: bytes, name: str) -> Document:
    if data.count(b"PK\x01\x02") > MAX_ZIP_MEMBERS:
        raise DocumentError(f"{name} holds more than {MAX_ZIP_MEMBERS:,} parts; it is not a Word document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            paragraphs = _docx_paragraphs(_zip_part(zf, info, MAX_PART_BYTES, name), name)
            core: dict[str, str] = {}
            if "docProps/core.xml" in zf.namelist():
                try:
                    core = _docx_core(_zip_part(zf, zf.getinfo("docProps/core.xml"), MAX_METADATA_BYTES, name), name)
                except expat.ExpatError:
                    pass   # unreadable metadata: the text is what matters
    except DocumentError:
        raise
    except KeyError:
        raise DocumentError(f"{name} is not a Word document (no word/document.xml)") from None
    except RuntimeError:   # zipfile: "File ... is encrypted, password required"
        raise DocumentError(f"{name} is password-protected; save an unprotected copy and import that") from None
    except NotImplementedError:
        raise DocumentError(f"{name} is not a readable .docx file (it uses an unknown compression method)") from None
    except expat.ExpatError:
        raise DocumentError(f"{name} is not a readable .docx file (damaged: its text part is not well-formed XML)") from None
    except (zlib.error, lzma.LZMAError, EOFError):
        raise DocumentError(f"{name} is not a readable .docx file (damaged: its compressed data is broken)") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentError(f"{name} is not a readable .docx file (damaged: not a valid zip archive)") from None
    return Document("\n\n".join(paragraphs), "docx", name, [], title=core.get("title"),
                    publisher=core.get("creator"), date=core.get("created", "")[:10] or None)
