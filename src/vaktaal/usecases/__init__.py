"""Use cases: what a person can do with vaktaal, the same for the app and the command line.

Plain Python, never Qt. Each use case takes the stores and engines it needs and returns
plain data; the app runs them through its task manager (ui/tasks.py), the command line
calls them directly. `Services` is all that a screen receives: use cases and engines for
sound and pictures, never the database engine or a store.

Importing a module of this package stays light (ui/tasks.py needs `changes` before the
first window is painted); `Services`, which brings in every use case and the database
code, is imported when it is first asked for (usecases/services.py).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vaktaal.usecases.services import Services as Services


def __getattr__(name: str) -> Any:
    if name == "Services":
        from vaktaal.usecases.services import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
