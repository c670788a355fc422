"""serve.py and the server settings: this computer only, no error details, the app's limit."""

import subprocess
import sys
import tomllib

from pantau.settings import PROJECT_DIR

CONFIG = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_the_server_listens_on_this_computer_and_shows_no_error_details():
    server, client = CONFIG["server"], CONFIG["client"]
    assert server["address"] == "127.0.0.1"
    assert (server["enableXsrfProtection"], server["enableCORS"]) == (True, True)
    assert client["showErrorDetails"] == "none"


def test_serve_refuses_to_open_the_data_to_the_network_without_a_login():
    for address in (["--server.address", "0.0.0.0"], ["--server.address=192.168.1.10"]):
        done = subprocess.run(
            [sys.executable, "serve.py", *address],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode != 0
        assert "will not listen on" in done.stderr and "Traceback" not in done.stderr


def test_serve_takes_its_own_computer_in_any_spelling():
    sys.path.insert(0, str(PROJECT_DIR))
    import serve

    assert serve.network_address(["--server.address", "127.0.0.1"]) is None
    assert serve.network_address(["--server.port", "8502"]) is None
    assert serve.network_address(["--server.address=0.0.0.0"]) == "0.0.0.0"
