"""Each way a real PostgreSQL server can refuse gets its own plain-Dutch message, and the
password is neither printed nor logged."""

from db_connect_helpers import PASSWORD, assert_refused, with_password

from postgres_server import free_port


def other_port(url: str, port: int) -> str:
    head, _, rest = url.rpartition("@")
    _, _, database = rest.partition("/")
    return f"{head}@127.0.0.1:{port}/{database}"


def test_a_server_that_is_not_running(cli, postgres_url):
    url = other_port(with_password(postgres_url), free_port())
    assert_refused(cli("db", "connect", url), "antwoordt niet")


def test_a_server_that_stopped(cli, postgres_server, postgres_url):
    postgres_server.stop()
    try:
        result = cli("db", "connect", with_password(postgres_url))
    finally:
        postgres_server.start()
    assert_refused(result, "antwoordt niet")


def test_a_refused_password(cli, postgres_url):
    result = cli("db", "connect", with_password(postgres_url))
    assert_refused(result, "de naam of het wachtwoord klopt niet")
    assert "'vaktaal'" in result.err  # the user's name helps IT; the password is not there


def test_an_unknown_user(cli, postgres_url):
    url = with_password(postgres_url).replace("://vaktaal:", "://niemand:")
    assert_refused(cli("db", "connect", url), "de naam of het wachtwoord klopt niet")


def test_a_database_that_does_not_exist(cli, postgres_url):
    url = with_password(postgres_url).rsplit("/", 1)[0] + "/bestaat_niet"
    server_password_url = url.replace(PASSWORD, "vaktaal-test")
    result = cli("db", "connect", server_password_url)
    assert_refused(result, "'bestaat_niet' bestaat niet", password="vaktaal-test")


def test_the_password_of_an_app_start_is_not_logged(cli, monkeypatch, postgres_url):
    """Any command, not only `db connect`: the URL from the environment is refused."""
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", with_password(postgres_url))
    result = cli("learner", "list")
    assert_refused(result, "de naam of het wachtwoord klopt niet")


def test_a_vanished_server_is_noticed_within_seconds(postgres_database):
    """TCP keepalives and a user timeout on every connection: a pulled cable does not hang
    an answer for minutes (it is kept on the PC instead)."""
    from vaktaal.storage.database import create_database_engine

    engine = create_database_engine(postgres_database)
    raw = engine.raw_connection()
    try:
        settings = raw.driver_connection.info.get_parameters()  # type: ignore[union-attr]
    finally:
        raw.close()
        engine.dispose()
    assert settings["keepalives"] == "1"
    assert int(settings["tcp_user_timeout"]) <= 30_000
    idle, interval, count = (
        int(settings[key]) for key in ("keepalives_idle", "keepalives_interval", "keepalives_count")
    )
    assert idle + interval * count <= 30
