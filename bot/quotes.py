"""From a decoded body to what the sender wrote now.

`html_to_text` renders an HTML part as plain text and marks <blockquote> content with
">", so quoted history in HTML mail looks as it does in plain-text mail.
`strip_quotes` then removes quoted history (">" lines, attribution lines in our eight
languages, Outlook header blocks and separators, forwarded-message markers),
signatures and confidentiality disclaimers. It is conservative: when stripping would
leave nothing, the unquoted text is kept.
"""

from __future__ import annotations

import re
from html import unescape

HTML_CONVERT_CAP = 256 * 1024  # characters of HTML rendered (tags and text)...
HTML_SCAN_CAP = 1024 * 1024  # ...within this many, counting comments, scripts and styles

# --- HTML to text ----------------------------------------------------------------------
# A small tokenizer rather than html.parser, which is quadratic on unclosed attribute
# quotes (90 KB of `<a href='` took 17 s on Python 3.11). Here whatever is left open (a
# comment, a quote, a tag) runs to the end of the input, so nothing is scanned twice.

_TOKEN = re.compile(
    r"(?P<skip><!--.*?(?:-->|\Z)|<[!?][^>]*(?:>|\Z))"  # comments (Outlook's too), doctype
    r"|<(?P<end>/?)(?P<name>[a-zA-Z][^\s/>]*)"
    r"(?:[^>\"']+|\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z))*(?:>|\Z)"  # attributes, quotes honoured
    r"|(?P<text>[^<]+|(?:<(?![a-zA-Z/!?]))+[^<]*|<)",  # a stray "<" is text
    re.DOTALL,
)
_RAW_TEXT = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_BLOCKS = frozenset(
    {"address", "article", "aside", "center", "dd", "details", "dialog", "div", "dl", "dt",
     "fieldset", "figcaption", "figure", "footer", "form", "header", "li", "main", "nav",
     "section", "summary", "table", "tbody", "tfoot", "thead", "tr"}
)  # fmt: skip
# a blank line around these
_PARAGRAPHS = frozenset(
    {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "ul"}
)
_SKIP = frozenset({"script", "style", "head", "title", "template", "xml"})  # never shown
_IN_HEAD = _SKIP | {"meta", "link", "base", "noscript"}
_HTML_WS = re.compile(r"[ \t\n\r\f]+")  # not \xa0: &nbsp; is kept, then made a space


class _Renderer:
    """Lines of text from start tags, end tags and text; <blockquote> lines get ">"."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.prefix = ""
        self.quote = 0
        self.pre = 0
        self.skip: list[str] = []
        self.blank = False  # a blank line is due before the next text

    def start(self, tag: str) -> None:
        if self.skip and self.skip[-1] == "head" and tag not in _IN_HEAD:
            self.skip.pop()  # body content in a <head> never closed
        if tag in _SKIP:
            self.skip.append(tag)
        elif tag == "body":
            self.skip.clear()
        elif self.skip:
            return
        elif tag == "br":
            self.end_line(force=True)
        else:
            self._block(tag)
            if tag == "blockquote":
                self.quote += 1
            elif tag == "pre":
                self.pre += 1
            elif tag == "li":
                self._write("- ")
            elif tag in ("td", "th") and self.cur:
                self._write(" ")

    def end(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip.pop() != tag:
                    pass
            return
        self._block(tag)
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def text(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self._write(first)
            for line in rest:
                self.end_line(force=True)
                self._write(line)
            return
        data = _HTML_WS.sub(" ", data)
        if not self.cur or self.cur[-1].endswith(" "):
            data = data.lstrip(" ")
        if data:
            self._write(data)

    def end_line(self, force: bool = False) -> None:
        if self.cur:
            self.lines.append((self.prefix + "".join(self.cur)).rstrip())
            self.cur = []
        elif force:
            self.lines.append(">" * self.quote)

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self.end_line()
            self.blank = True
        elif tag in _BLOCKS:
            self.end_line()

    def _write(self, text: str) -> None:
        if not self.cur:
            if self.blank and self.lines and self.lines[-1].strip("> "):
                self.lines.append(">" * self.quote)
            self.blank = False
            self.prefix = ">" * self.quote + " " if self.quote else ""
        self.cur.append(text)


def html_to_text(html: str) -> tuple[str, bool]:
    """Readable text from HTML, and whether all of it was rendered (it is capped).

    Comments, scripts and styles are jumped over and do not count towards
    HTML_CONVERT_CAP: a 300 KB <style> block (Outlook writes them) cannot hide the text
    after it. Everything, skipped or not, stops at HTML_SCAN_CAP.
    """
    complete = len(html) <= HTML_SCAN_CAP
    html = html[:HTML_SCAN_CAP]
    out = _Renderer()
    pos = 0
    budget = HTML_CONVERT_CAP
    while pos < len(html):
        if budget <= 0:
            complete = False
            break
        token = _TOKEN.match(html, pos)
        assert token is not None  # the last alternative matches any character
        kind = token.lastgroup
        if kind != "skip":
            budget -= token.end() - pos
        pos = token.end()
        if kind == "text":
            text = token.group(kind)
            out.text(unescape(text) if "&" in text else text)
        elif kind == "name":
            tag = token.group(kind).lower()
            if token.group("end"):
                out.end(tag)
                continue
            out.start(tag)
            if tag in _RAW_TEXT:  # script and style text never shows; skip to its end tag
                close = _RAW_TEXT[tag].search(html, pos)
                pos = close.end() if close else len(html)
                out.end(tag)
    out.end_line()
    text = "\n".join(line.replace("\xa0", " ").rstrip() for line in out.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n"), complete


# --- quoted history --------------------------------------------------------------------

_QUOTED = re.compile(r"^\s*>")
_VERBS = r"wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu|napisał(?:\(a\)|a)?|pisze"
_STARTERS = r"on|am|le|el|il|op|em|no\s+dia|w\s+dniu|dnia"
# "On Thu, 2 Oct 2025 at 08:00, Ann <ann@example.org> wrote:", "Am ... schrieb Ann:", ...;
# without a known opening word the line must hold an address (Gmail in Polish opens
# with the weekday: "czw., 2 paź 2025 o 08:00 Ann <ann@example.org> napisał(a):")
_ATTRIBUTION = re.compile(
    rf"^(?:(?:{_STARTERS})\b|[^\n@]*@)[^\n]*?\b(?:{_VERBS})(?:\s[^:\n]{{0,200}})?\s*:$",
    re.IGNORECASE,
)
_ATTRIBUTION_OPENING = re.compile(rf"^\s*(?:(?:{_STARTERS})\b|[^\n@]*@)", re.IGNORECASE)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|original-?nachricht"
    r"|message d'origine|message original"
    r"|mensaje original|messaggio originale|oorspronkelijk bericht|origineel bericht"
    r"|mensagem original|wiadomość oryginalna|oryginalna wiadomość)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada"
    r"|mensagem reencaminhada|wiadomość przekazana(?: dalej)?|przekazana wiadomość)\s*-{2,}"
    r"|(?:begin forwarded message|anfang der weitergeleiteten nachricht"
    r"|début du message réexpédié|inicio del mensaje reenviado|inizio messaggio inoltrato"
    r"|begin doorgestuurd bericht|início da mensagem reencaminhada"
    r"|początek przekazywanej wiadomości)\s*:)\s*$",
    re.IGNORECASE,
)
# Outlook: "From: ... / Sent: ... / To: ... / Subject: ..." in each language
_FROM_LINE = re.compile(r"^\s*\*?(?:from|von|de|da|van|od)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado"
    r"|enviada|fecha|para|asunto|assunto|inviato|data|a|oggetto|verzonden|aan|onderwerp"
    r"|wysłano|do|temat|dw|kopia)\s*:",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{30,}\s*$")


def _quote_start(lines: list[str]) -> int:
    """Index of the first line of quoted history, or len(lines)."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _QUOTED.match(line):
            continue
        if _ORIGINAL_MESSAGE.match(line) or _FORWARDED.match(line):
            return i
        if _is_attribution(stripped):
            return i
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        wrapped = nxt.endswith(":") and _ATTRIBUTION_OPENING.match(stripped)
        if wrapped and _is_attribution(f"{stripped} {nxt}"):  # over two lines
            return i
        from_line, underscores = _FROM_LINE.match(line), _UNDERSCORES.match(line)
        if not (from_line or underscores):
            continue
        following = [x for x in lines[i + 1 : i + 8] if x.strip()][:5]
        header_lines = sum(bool(_HEADER_LINE.match(x)) for x in following)
        if from_line and header_lines >= 2:
            return i
        if underscores and (
            len(stripped) == 32 or (following and _FROM_LINE.match(following[0]))
        ):
            return i
    return len(lines)


def _is_attribution(line: str) -> bool:
    return (
        len(line) <= 400
        and line.endswith(":")
        and any(c.isdigit() or c == "@" for c in line)
        and _ATTRIBUTION.match(line) is not None
    )


# --- signatures and disclaimers --------------------------------------------------------

_SIGNATURE = re.compile(r"^--\s*$")
_MOBILE = re.compile(
    r"^\s*(?:sent from my \S.{0,30}|sent from (?:outlook|mail|yahoo mail)\b.{0,30}"
    r"|get outlook for \S.{0,20}|von meinem \S.{0,30} gesendet|gesendet von (?:meinem )?\S.{0,30}"
    r"|envoyé (?:de|depuis) mon \S.{0,30}|enviado desde mi \S.{0,30}"
    r"|inviato da(?:l mio)? \S.{0,30}|verzonden (?:met|vanaf|van) mijn \S.{0,30}"
    r"|enviado (?:do|a partir do) meu \S.{0,30}|wysłane z (?:mojego )?\S.{0,30})\s*$",
    re.IGNORECASE,
)
# a disclaimer names the message as confidential or meant for someone else...
_DISCLAIMER_SCOPE = re.compile(
    r"confidential|privileged|intended\s+(?:solely\s+|only\s+|exclusively\s+)?for"
    r"|intended recipient|named recipient|addressee|vertraulich|ausschließlich|bestimmt"
    r"|empfänger|adressat|confidentiel|destinataire|exclusivement|confidencial|destinatari"
    r"|exclusivamente|riservat|confidenzial|vertrouwelijk|geadresseerde|bestemd|uitsluitend"
    r"|poufn|adresat|wyłącznie",
    re.IGNORECASE,
)
# ...says it may have reached you by mistake...
_DISCLAIMER_MISTAKE = re.compile(
    r"in error|by mistake|by accident|mistakenly|erroneously|not the intended|not an intended"
    r"|irrtümlich|versehentlich|fälschlich|nicht der (?:richtige|beabsichtigte)"
    r"|par erreur|n'êtes pas (?:le |la |les )?destinataire|por error|por equivocación"
    r"|no (?:es|sea) (?:el )?destinatario|per errore|erroneamente|non (?:è|siete) (?:il|i) "
    r"destinatari|per abuis|per vergissing|abusievelijk|ten onrechte|onterecht"
    r"|niet de (?:beoogde )?geadresseerde|por engano|por erro|não (?:é|for) o destinatário"
    r"|omyłkowo|pomyłkowo|przez pomyłkę|błędnie|nie (?:jest|są) (?:\w+ )?adresatem",
    re.IGNORECASE,
)
# ...and asks you to tell the sender or delete it
_DISCLAIMER_ACTION = re.compile(
    r"notif|inform|advise|let us know|contact the sender|delete|destroy|remove|erase|discard"
    r"|benachrichtig|löschen|vernichten|avertir|supprim|détrui|avis|comuni|elimin|borr"
    r"|destru|cancell|distrugg|avvis|verwijder|vernietig|breng|apag|avise|usun|zniszcz"
    r"|powiadom",
    re.IGNORECASE,
)
_DISCLAIMER_OPENING = re.compile(
    r"^\s*(?:disclaimer|confidentiality|this (?:e-?mail|message|communication)"
    r"|the information (?:contained|in this)|diese (?:e-?mail|nachricht)|ce (?:message|courriel)"
    r"|este (?:mensaje|correo|e-?mail)|questo messaggio|questa e-?mail|dit bericht|deze e-?mail"
    r"|esta mensagem|ta wiadomość|niniejsza wiadomość)",
    re.IGNORECASE,
)


def _strip_signature(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _SIGNATURE.match(line) or _MOBILE.match(line):
            return lines[:i]
    return lines


def _is_disclaimer(block: str) -> bool:
    return (
        len(block) >= 80
        and _DISCLAIMER_SCOPE.search(block) is not None
        and _DISCLAIMER_MISTAKE.search(block) is not None
        and _DISCLAIMER_ACTION.search(block) is not None
    )


def _strip_disclaimer(lines: list[str]) -> list[str]:
    """Cut from the first disclaimer that follows some text of the sender's own.

    Linear: each paragraph is checked once, from its first candidate line. A later
    candidate in the same paragraph reads a suffix of the same block, which holds no
    cue the longer block lacked, so it cannot be a disclaimer when the first was not.
    """
    seen_text = False
    checked_to = 0  # lines before this index belong to a paragraph already checked
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        starts_paragraph = i == 0 or not lines[i - 1].strip()
        candidate = starts_paragraph or _DISCLAIMER_OPENING.match(line)
        if seen_text and i >= checked_to and candidate:
            end = i
            while end < len(lines) and lines[end].strip():
                end += 1
            if _is_disclaimer(" ".join(lines[i:end])):
                return lines[:i]
            checked_to = end
        seen_text = True
    return lines


def _tidy(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_quotes(text: str) -> str:
    """What the sender wrote now: no quoted history, signature or disclaimer.

    Never strips everything: a message that is all quote or forward (someone forwarding
    a mail without a word of their own) keeps its unquoted text.
    """
    lines = text.split("\n")
    cut = _quote_start(lines)
    own = [line for line in lines[:cut] if not _QUOTED.match(line)]
    # nothing of their own: what they forwarded, then everything unquoted
    forwarded = [line for line in lines[cut:] if not _QUOTED.match(line)]
    unquoted = [line for line in lines if not _QUOTED.match(line)]
    for candidate in (own, forwarded, unquoted):
        if result := _tidy(_strip_disclaimer(_strip_signature(candidate))):
            return result
    return _tidy(unquoted) or text.strip()
