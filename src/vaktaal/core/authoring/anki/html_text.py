"""The HTML of an Anki field as plain text, with the pictures and sounds it names.

Tags go, <script> and <style> go with their content, entities become characters, line
breaks (<br>, <div>, <p>, <li>) stay as one new line. [sound:x.mp3] and <img src="x.png">
are kept aside as file names; cloze deletions {{c1::word::hint}} keep their word.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BREAKS = {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_HIDDEN = {"script", "style", "head", "title", "template"}
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")
_MARKUP = re.compile(r"[<&\[{]")


@dataclass(frozen=True)
class FieldText:
    text: str
    images: tuple[str, ...] = ()
    sounds: tuple[str, ...] = ()
    had_script: bool = False


def field_text(html: str) -> FieldText:
    """Plain text of one field; most fields are plain already and take the quick way."""
    if not _MARKUP.search(html):
        return FieldText(_SPACES.sub(" ", html).strip())
    sounds = tuple(_SOUND.findall(html))
    parser = _TextParser()
    parser.feed(_CLOZE.sub(r"\1", _SOUND.sub(" ", html)))
    parser.close()
    return FieldText(parser.text(), tuple(parser.images), sounds, parser.had_script)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[str] = []
        self.hidden = 0
        self.had_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
            self.had_script |= tag == "script"
        elif tag == "img":
            source = dict(attrs).get("src")
            if source:
                self.images.append(source)
        if tag in _BREAKS:
            self.parts.append("\n")
        self.had_script |= any(_is_script_attribute(name, value) for name, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:  # <script/> has no content to hide
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACES.sub(" ", data))

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _is_script_attribute(name: str, value: str | None) -> bool:
    """onclick="..." and href="javascript:..." run code too."""
    return name.startswith("on") or (value or "").strip().lower().startswith("javascript:")
