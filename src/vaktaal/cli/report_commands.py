"""`vaktaal report learner|all`: a report for the employer as PDF, XLSX or CSV."""

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _, ngettext
from vaktaal.usecases.reports import Report, Written, check_target, dutch_date, parse_date


def add_commands(topics: Any) -> None:
    report = topics.add_parser(
        "report", help="rapport voor de werkgever (PDF, XLSX, CSV)", parents=[common_options()]
    )
    commands = report.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    learner = commands.add_parser(
        "learner", help="rapport van één leerder", parents=[common_options()]
    )
    learner.add_argument("learner", metavar="NAAM_OF_NUMMER")
    _file_and_period(learner)
    learner.set_defaults(handler=learner_command)

    everyone = commands.add_parser(
        "all", help="rapport van alle leerders", parents=[common_options()]
    )
    _file_and_period(everyone)
    everyone.set_defaults(handler=all_command)


def _file_and_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=Path, metavar="UIT.pdf|.xlsx|.csv")
    parser.add_argument(
        "--van", metavar="DATUM", help="eerste dag, bv. 2026-11-01 (standaard: 30 dagen terug)"
    )
    parser.add_argument(
        "--tot", metavar="DATUM", help="laatste dag, bv. 30-11-2026 (standaard: vandaag)"
    )


def _dates(arguments: argparse.Namespace) -> tuple[date | None, date | None]:
    since = parse_date(arguments.van) if arguments.van else None
    until = parse_date(arguments.tot) if arguments.tot else None
    return since, until


def learner_command(arguments: argparse.Namespace) -> int:
    since, until = _dates(arguments)
    check_target(arguments.out)
    services = open_services(arguments.data_dir)
    learner = services.learners.manage.find(arguments.learner)
    report = services.reports.learner_report(learner.id, since, until)
    return _write(services.reports.write(report, arguments.out), report)


def all_command(arguments: argparse.Namespace) -> int:
    since, until = _dates(arguments)
    check_target(arguments.out)
    services = open_services(arguments.data_dir)
    report = services.reports.group_report(since, until)
    return _write(services.reports.write(report, arguments.out), report)


def _write(written: Written, report: Report) -> int:
    period = _("{since} tot en met {until}").format(
        since=dutch_date(report.period.since), until=dutch_date(report.period.until)
    )
    if written.pages:
        message = ngettext("Opgeslagen: {out} ({n} pagina)", "Opgeslagen: {out} ({n} pagina's)",
                           written.pages)  # fmt: skip
        print(message.format(out=written.path, n=written.pages))
    else:
        print(_("Opgeslagen: {out}").format(out=written.path))
    print(_("{title}, {period}.").format(title=report.title, period=period))
    return 0
