"""The HTML of an Anki field as plain text, with the pictures and sounds it names.

Tags go, <script> and <style> go with their content, entities become characters, line
breaks (<br>, <div>, <p>, <li>) stay as one new line. [sound:x.mp3] and <img src="x.png">
are kept aside as file names; cloze deletions {{c1::word::hint}} keep their word.
Linear time on any input: one scan with str.find and regexes that cannot backtrack far
(Python's HTMLParser and the old cloze regex took minutes on a hostile 100 kB field).
"""

import re
from dataclasses import dataclass
from html import unescape

_BREAKS = {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_HIDDEN = {"script", "style", "head", "title", "template"}
_RAW = {"script", "style"}  # their content is no HTML
_SOUND = re.compile(r"\[sound:([^\[\]]+)\]")  # no '[' inside: linear on '[sound:[sound:...'
_CLOZE_START = re.compile(r"\{\{c\d+::")
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")
_INLINE_SPACES = re.compile(r"[ \t\r\f\v\xa0\u200b]+")  # all but the new line
_MARKUP = re.compile(r"[<&\[{]")
_OPEN_TAG = re.compile(r"<(?=[^<>]*(?:<|$))")  # a '<' no '>' closes before the next '<'
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)([^<>]*)>|<[!?/][^<>]*>")
_ATTRIBUTE = re.compile(r"""([^\s=/"'<>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]*))?""")
MAX_FIELD_CHARS = 1024 * 1024  # longer fields are cut: no word list needs more


@dataclass(frozen=True)
class FieldText:
    text: str
    images: tuple[str, ...] = ()
    sounds: tuple[str, ...] = ()
    had_script: bool = False


def field_text(html: str) -> FieldText:
    """Plain text of one field; most fields are plain already and take the quick way."""
    html = html[:MAX_FIELD_CHARS]
    if not _MARKUP.search(html):
        return FieldText(_SPACES.sub(" ", html).strip())
    sounds: tuple[str, ...] = ()
    if "[sound:" in html:
        sounds, html = tuple(_SOUND.findall(html)), _SOUND.sub(" ", html)
    if "{{c" in html:
        html = without_cloze(html)
    if "<" not in html:  # entities only
        return FieldText(_SPACES.sub(" ", unescape(html)).strip(), (), sounds)
    return _parse(_tame(html), sounds)


def _tame(html: str) -> str:
    """Without comments, and with a lone '<' as text, so each '<' left has its '>' before the
    next '<' and no scan runs far (Python's HTMLParser took minutes on 100 kB of '<a <a')."""
    if "<!--" not in html:
        return _OPEN_TAG.sub("&lt;", html)
    parts, position = [], 0
    start = html.find("<!--")
    while start >= 0:
        end = html.find("-->", start + 4)
        parts.append(html[position:start])
        position = len(html) if end < 0 else end + 3
        start = html.find("<!--", position) if end >= 0 else -1
    parts.append(html[position:])
    return _OPEN_TAG.sub("&lt;", "".join(parts))


def without_cloze(html: str) -> str:
    """'{{c1::word::hint}}' -> 'word', in one pass (a regex here backtracked for minutes)."""
    parts, position = [], 0
    start = html.find("{{c")
    while start >= 0:
        opening = _CLOZE_START.match(html, start)
        end = html.find("}}", opening.end()) if opening else -1
        if opening is None or end < 0:
            start = html.find("{{c", start + 3) if opening is None else -1
            continue
        parts += [html[position:start], html[opening.end() : end].split("::", 1)[0]]
        position = end + 2
        start = html.find("{{c", position)
    parts.append(html[position:])
    return "".join(parts)


def _parse(html: str, sounds: tuple[str, ...]) -> FieldText:
    """One pass over the tags; `html` is tamed, so each '<' has its '>' before the next '<'."""
    pieces = _TAG.split(html)  # text, then per tag: '/' or '', name, rest, text after it
    walker = _Walker()
    walker.data(pieces[0])
    for index in range(1, len(pieces), 4):
        name = pieces[index + 1]
        if name:
            walker.tag(name.lower(), bool(pieces[index]), pieces[index + 2])
        walker.data(pieces[index + 3])
    text = _INLINE_SPACES.sub(" ", "".join(walker.parts))
    return FieldText(_lines(text), tuple(walker.images), sounds, walker.had_script)


class _Walker:
    """What the tags so far mean: the text, pictures, and whether code was hidden in them."""

    def __init__(self) -> None:
        self.parts: list[str] = []  # text with '\n' for line breaks only
        self.images: list[str] = []
        self.hidden = 0  # inside <script>, <style>, ...
        self.raw: str | None = None  # inside <script> or <style>: only its end tag counts
        self.had_script = False

    def data(self, text: str) -> None:
        if text and not self.hidden:
            self.parts.append(unescape(text).replace("\n", " "))

    def tag(self, tag: str, closing: bool, rest: str) -> None:
        if (self.hidden and tag not in _HIDDEN) or (self.raw and tag != self.raw):
            return
        attributes = _attributes(rest) if rest and rest.strip(" /") else []
        if attributes:
            self.had_script |= any(_is_script_attribute(key, value) for key, value in attributes)
        if tag in _HIDDEN:
            self._hidden_tag(tag, closing, rest.rstrip().endswith("/"))
            return
        if tag == "img" and not closing:
            self.images += [value for key, value in attributes if key == "src" and value]
        if tag in _BREAKS:
            self.parts.append("\n")

    def _hidden_tag(self, tag: str, closing: bool, empty: bool) -> None:
        if closing:
            self.hidden, self.raw = max(0, self.hidden - 1), None
        elif not empty:  # <script/> has no content to hide
            self.hidden += 1
            self.had_script |= tag == "script"
            self.raw = tag if tag in _RAW else None


def _attributes(text: str) -> list[tuple[str, str]]:
    found = []
    for key, value in _ATTRIBUTE.findall(text):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.append((key.lower(), unescape(value)))
    return found


def _lines(text: str) -> str:
    if "\n" not in text:
        return text.strip()
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _is_script_attribute(name: str, value: str | None) -> bool:
    """onclick="..." and href="javascript:..." run code too."""
    return name.startswith("on") or (value or "").strip().lower().startswith("javascript:")
