"""Typed reading of one TOML table that collects a located problem for every bad field."""

import re
from typing import Any

from vaktaal.core.i18n import _
from vaktaal.core.problems import Problem

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")


class FieldReader:
    def __init__(
        self,
        table: dict[str, Any],
        problems: list[Problem],
        file: str,
        line: int | None = None,
        term_id: str | None = None,
    ) -> None:
        self.table = table
        self.problems = problems
        self.file = file
        self.line = line
        self.term_id = term_id

    def report(self, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, message, self.line, self.term_id, field))

    def text(self, key: str, required: bool = True) -> str | None:
        value = self.table.get(key)
        if isinstance(value, str):
            value = value.strip()
            if value:
                return value  # the usual case first: a big deck has a million of them
        elif value is not None:
            self.report(key, _("Dit veld moet tekst zijn."))
            return None
        if required:
            self.report(key, _("Dit veld ontbreekt of is leeg."))
        return None

    def choice(self, key: str, allowed: tuple[str, ...], required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None and value not in allowed:
            message = _("'{value}' kan hier niet. Kies uit: {allowed}.")
            self.report(key, message.format(value=value, allowed=", ".join(allowed)))
            return None
        return value

    def identifier(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and not ID_PATTERN.match(value):
            message = _("'{value}' is geen goede id: gebruik a-z, 0-9 en '-', 2 tot 64 tekens.")
            self.report(key, message.format(value=value))
            return None
        return value

    def integer(self, key: str) -> int | None:
        value = self.table.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            if value is None:
                self.report(key, _("Dit veld ontbreekt of is leeg."))
            else:
                self.report(key, _("Dit veld moet een heel getal zijn, 1 of hoger."))
            return None
        return value

    def boolean(self, key: str) -> bool:
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            self.report(key, _("Dit veld moet true of false zijn."))
            return False
        return value

    def text_list(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self.table.get(key)
        texts = [v.strip() for v in value if isinstance(v, str)] if isinstance(value, list) else []
        if value is not None and (not isinstance(value, list) or len(texts) != len(value)):
            self.report(key, _('Dit veld moet een lijst met teksten zijn, zoals ["a", "b"].'))
            return ()
        if required and not value:
            self.report(key, _("Dit veld ontbreekt of is leeg."))
        return tuple(texts)

    def table_of(self, key: str) -> dict[str, Any]:
        value = self.table.get(key)
        if isinstance(value, dict):
            return value
        if value is None:
            self.report(key, _("Dit veld ontbreekt of is leeg."))
        else:
            self.report(key, _("Dit veld moet een tabel zijn, zoals [terms.glosses]."))
        return {}
