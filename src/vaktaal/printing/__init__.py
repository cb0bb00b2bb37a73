"""Printing (Qt): word cards and the handbook of terms, as PDF or on a printer."""

from vaktaal.printing.gui_app import ensure_gui_application
from vaktaal.printing.jobs import (
    CARDS,
    HANDBOOK,
    KINDS,
    PrintProblem,
    PrintRequest,
    check_request,
    print_on,
    write_pdf,
)
from vaktaal.printing.plan import CARD_FORMATS
from vaktaal.usecases.printing import ALPHABET, CATEGORY, ORDERS

__all__ = [
    "ALPHABET", "CARDS", "CARD_FORMATS", "CATEGORY", "HANDBOOK", "KINDS", "ORDERS",
    "PrintProblem", "PrintRequest", "check_request", "ensure_gui_application", "print_on",
    "write_pdf",
]  # fmt: skip
