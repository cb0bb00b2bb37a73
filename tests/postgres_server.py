"""A throwaway PostgreSQL server for the tests: `initdb` and `pg_ctl` in a temporary folder,
listening on 127.0.0.1 on a free port, stopped and removed at the end of the session.

Fixtures (registered for every test by tests/conftest.py):
- `postgres_server` (session): the `PostgresServer`, with `start()` and `stop()`;
- `postgres_url` (session): a SQLAlchemy URL of the server's database `vaktaal`;
- `postgres_database` (per test): the URL of a fresh, empty database;
- `postgres_at_head` (per test): the URL of a fresh database already at the newest schema
  (a copy of a template made once: quicker than creating the tables for every test).

Without PostgreSQL's programs the tests that use them skip; under CI=true that is a failure.
"""

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

try:  # imported once, at the start: a test may hide the driver from the app later
    import psycopg
except ImportError:  # pragma: no cover - the tests then skip (missing_prerequisites)
    psycopg = None  # type: ignore[assignment]

USER = "vaktaal"
PASSWORD = "vaktaal-test"
DATABASE = "vaktaal"
SYSTEM_USER = "postgres"  # initdb refuses to run as root: root runs it as this user
# Speed over safety: the server is thrown away after the tests.
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def skip_or_fail(reason: str) -> None:
    """Skip locally; under CI=true the tests must run, so a missing server is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(reason)


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: pg_config's answer, else the newest Debian version."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        answer = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(answer.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def missing_prerequisites() -> str:
    """Why no server can be started here ("" when one can)."""
    if find_bindir() is None:
        return "PostgreSQL is not installed (no initdb/pg_ctl; Debian: apt-get install postgresql)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser: initdb cannot run as root"
    if os.geteuid() == 0 and _no_system_user():
        return f"running as root and there is no '{SYSTEM_USER}' user to run initdb as"
    if psycopg is None:
        return "the PostgreSQL driver is not installed (pip install 'psycopg[binary]')"
    return ""


def _no_system_user() -> bool:
    import pwd

    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        return True
    return False


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One server in its own folder. `start()` and `stop()` may be called again (tests of a
    server that goes away); the port stays the same."""

    def __init__(self, bindir: Path, settings: str = FAST) -> None:
        self.bindir = bindir
        self.settings = settings  # "": PostgreSQL's own (every commit on disk)
        # As root, in /tmp: the postgres user must reach it (TMPDIR may be root's own).
        place = "/tmp" if os.geteuid() == 0 else None
        self.folder = Path(tempfile.mkdtemp(prefix="vaktaal-postgres-", dir=place))
        self.data = self.folder / "data"
        self.port = free_port()
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            shutil.chown(self.folder, SYSTEM_USER, SYSTEM_USER)
        self._init()

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql+psycopg://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    @property
    def running(self) -> bool:
        """Whether the server answers on its port (no program is started to find out)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} {self.settings}"
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "start", "-w", "-D", str(self.data), "-l", log, "-o", options)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server ("immediate" is a crash, as when the server PC loses power)."""
        self._run("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data), check=False)

    def create_database(self, template: str = "template1") -> str:
        """A fresh database, a copy of `template` (by default empty); its URL."""
        name = f"test_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, statement: str) -> None:
        address = f"host=127.0.0.1 port={self.port} user={USER} password={PASSWORD}"
        with psycopg.connect(f"{address} dbname=postgres", autocommit=True) as connection:
            connection.execute(statement.encode())

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _init(self) -> None:
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD)
        if os.geteuid() == 0:
            shutil.chown(password_file, SYSTEM_USER, SYSTEM_USER)
        self._run(
            "initdb", "-D", str(self.data), "-U", USER, f"--pwfile={password_file}",
            "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        password_file.unlink()

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if check and done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stdout}{done.stderr}")
        return done


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    reason = missing_prerequisites()
    if reason:
        skip_or_fail(reason)
    bindir = find_bindir()
    assert bindir is not None
    server = PostgresServer(bindir)
    try:
        server.start()
        server.execute(f'CREATE DATABASE "{DATABASE}"')
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """postgresql+psycopg://vaktaal:…@127.0.0.1:PORT/vaktaal on the session's server."""
    return postgres_server.url()


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh empty database for this test (dropped afterwards); its URL."""
    url = postgres_server.create_database()
    yield url
    if postgres_server.running:
        postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def postgres_head_template(postgres_server: PostgresServer) -> str:
    """The name of a database at the newest schema, made once, to copy for each test."""
    from vaktaal.storage.database import open_database

    name = "vaktaal_head"
    postgres_server.execute(f'CREATE DATABASE "{name}"')
    with tempfile.TemporaryDirectory() as backups:
        open_database(postgres_server.url(name), Path(backups)).dispose()
    return name


@pytest.fixture
def postgres_at_head(postgres_server: PostgresServer, postgres_head_template: str) -> Iterator[str]:
    """A fresh database at the newest schema for this test (dropped afterwards); its URL."""
    url = postgres_server.create_database(template=postgres_head_template)
    yield url
    if postgres_server.running:
        postgres_server.drop_database(url)
