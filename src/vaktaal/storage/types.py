"""Column types: datetimes are stored as UTC and always come back timezone-aware. And the
one SQL function that differs between SQLite and PostgreSQL: the local day of a time."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnExpressionArgument, DateTime, String, literal_column
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class LocalDay(FunctionElement[str]):
    """The local day of a stored UTC time, as ISO date text ('2026-03-02'), on SQLite and on
    PostgreSQL: `LocalDay(ReviewLogRow.reviewed_at, offset_minutes)`. The offset is written
    into the SQL as a number (not a parameter), so the same expression in SELECT and GROUP BY
    is the same text, as PostgreSQL requires."""

    type = String()
    inherit_cache = True

    def __init__(self, moment: ColumnExpressionArgument[datetime], utc_offset_minutes: int) -> None:
        super().__init__(moment, literal_column(str(int(utc_offset_minutes))))


def _parts(element: LocalDay, compiler: SQLCompiler, **kw: Any) -> tuple[str, int]:
    moment, minutes = element.clauses
    return compiler.process(moment, **kw), int(minutes.name)  # type: ignore[attr-defined]


@compiles(LocalDay)
def _local_day_sqlite(element: LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    moment, minutes = _parts(element, compiler, **kw)
    return f"date({moment}, '{minutes:+d} minutes')"


@compiles(LocalDay, "postgresql")
def _local_day_postgresql(element: LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    moment, minutes = _parts(element, compiler, **kw)
    return f"to_char({moment} + make_interval(mins => {minutes}), 'YYYY-MM-DD')"
