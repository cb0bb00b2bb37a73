"""The layers: no Qt below the UI, and no database below the use cases reached from the UI.

- core, storage, speech and the use cases never import Qt (the CLI and most tests use them);
- no module under ui/ opens a database session, holds the database engine or calls a store:
  screens go through the use cases (vaktaal.usecases), run by the task manager;
- `Services`, all that a screen receives, holds no engine and no store.
"""

import ast
import dataclasses
import pkgutil
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import vaktaal
from vaktaal.app import open_services
from vaktaal.usecases import Services

SOURCE = Path(vaktaal.__file__).parent
QT_FREE = ("core", "storage", "speech", "usecases")
DATABASE_MODULES = ("sqlalchemy", "vaktaal.storage")
BACKEND_NAMES = {"Backend", "open_backend"}
DATABASE_ATTRIBUTES = {"engine", "store", "_store", "_engine", "practice_store"}
DATABASE_CALLS = {"Session", "sessionmaker", "create_engine"}


def database_uses(source: str) -> list[str]:
    """Every place in `source` that imports, holds or calls the database layer."""
    found = []
    for node in ast.walk(ast.parse(source)):
        found += [f"line {node.lineno}: {what}" for what in _database_use(node)]
    return found


def _database_use(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [f"import {a.name}" for a in node.names if a.name.startswith(DATABASE_MODULES)]
    if isinstance(node, ast.ImportFrom):
        module = node.module or ""
        names = {alias.name for alias in node.names}
        if module.startswith(DATABASE_MODULES) or (
            module == "vaktaal.app" and names & BACKEND_NAMES
        ):
            return [f"from {module} import {', '.join(sorted(names))}"]
        return []
    if isinstance(node, ast.Attribute) and (
        node.attr in DATABASE_ATTRIBUTES or node.attr.endswith("_store")
    ):
        return [f".{node.attr}"]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return [f"{node.func.id}()"] if node.func.id in DATABASE_CALLS else []
    return []


def _modules(package: str) -> list[Path]:
    return sorted((SOURCE / package).rglob("*.py"))


@pytest.mark.parametrize(
    "snippet",
    [
        "from vaktaal.storage.deck_store import DeckStore",
        "import sqlalchemy",
        "from sqlalchemy.orm import Session",
        "from vaktaal.app import open_backend",
        "x = self.services.engine",
        "with Session(engine) as session: pass",
        "self.services.decks._store.load('x')",
        "self.backend.practice_store.record(1, outcome)",
        "learners = self.learner_store.all()",
    ],
)
def test_the_check_sees_database_use(snippet: str) -> None:
    assert database_uses(snippet), snippet


def test_the_check_lets_use_cases_through() -> None:
    snippet = (
        "from vaktaal.usecases.decks import DeckSummary\n"
        "from vaktaal.app import open_services\n"
        "self.tasks.run(Op(self.services.decks.list_decks, self.show))\n"
    )
    assert database_uses(snippet) == []


def test_no_module_under_ui_touches_the_database() -> None:
    offences = {
        str(path.relative_to(SOURCE)): uses
        for path in _modules("ui")
        if (uses := database_uses(path.read_text(encoding="utf-8")))
    }
    assert offences == {}


def test_services_hold_no_engine_and_no_store(tmp_path: Path) -> None:
    hints = typing.get_type_hints(Services)
    for field in dataclasses.fields(Services):
        module = getattr(hints[field.name], "__module__", "")
        assert not module.startswith(DATABASE_MODULES), field.name
    services = open_services(tmp_path)
    try:
        for field in dataclasses.fields(services):
            for name, value in (
                vars(getattr(services, field.name)).items()
                if hasattr(getattr(services, field.name), "__dict__")
                else ()
            ):
                module = type(value).__module__
                public = not name.startswith("_")
                assert not (public and module.startswith(DATABASE_MODULES)), (field.name, name)
    finally:
        services.close()


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return [
        name for name in names if name.startswith(("PySide6", "vaktaal.ui", "vaktaal.printing"))
    ]


@pytest.mark.parametrize("package", QT_FREE)
def test_no_module_of_the_qt_free_layers_imports_qt(package: str) -> None:
    offences = {str(p.relative_to(SOURCE)): q for p in _modules(package) if (q := _qt_imports(p))}
    assert offences == {}


def _all_module_names(package: str) -> list[str]:
    root = SOURCE / package
    prefix = f"vaktaal.{package}."
    return [f"vaktaal.{package}"] + [
        info.name
        for info in pkgutil.walk_packages([str(root)], prefix)
        if "migrations" not in info.name
    ]


def _qt_loaded_after(statement: str) -> str:
    program = f"{statement}; import sys; print('PySide6' in sys.modules)"
    finished = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip()


def test_importing_every_module_of_the_qt_free_layers_leaves_qt_out() -> None:
    modules = [name for package in QT_FREE for name in _all_module_names(package)]
    assert len(modules) > 60  # every module, not a few
    assert _qt_loaded_after("import " + ", ".join(modules)) == "False"


def test_the_import_check_itself_sees_pyside6_when_it_is_imported() -> None:
    """Guards the test above: the same probe reports True once Qt is really imported."""
    assert _qt_loaded_after("import PySide6.QtCore") == "True"
