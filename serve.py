"""Start the dashboard: `python serve.py [streamlit options]` (what `make run` does)."""

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from pantau import settings
from pantau.errors import SettingInvalid

# pages/ beside dashboard.py makes Streamlit run the first script of a fresh server in its
# legacy multipage mode, so a cold deep link shows "Page not found". dashboard.py always
# calls st.navigation, which clears this flag; clearing it before the server starts makes
# the very first run behave like every later one. See docs/architecture.md.
PagesManager.uses_pages_directory = False

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def network_address(argv: list[str]) -> str | None:
    """The address asked for (--server.address, or STREAMLIT_SERVER_ADDRESS) when it is not
    this computer's own; None for the default (127.0.0.1, .streamlit/config.toml)."""
    address = settings.server_address_from_environment()
    for i, arg in enumerate(argv):
        if arg == "--server.address" and i + 1 < len(argv):
            address = argv[i + 1]
        elif arg.startswith("--server.address="):
            address = arg.split("=", 1)[1]
    return address if address and address not in LOOPBACK else None


if __name__ == "__main__":
    dashboard = Path(__file__).resolve().parent / "dashboard.py"
    # without a login anybody who reaches the port could upload and roll back: this computer
    # only, until Pantau has logins (README, "Who can reach it")
    if address := network_address(sys.argv[1:]):
        sys.exit(
            f"serve.py: Pantau will not listen on {address}: it has no login yet, so anyone "
            "on the network could change the data. It serves this computer only (127.0.0.1); "
            "see README, 'Who can reach it'."
        )
    # the server refuses a request body above server.maxUploadSize: make it the setting, so
    # a file over PANTAU_MAX_UPLOAD_MB is never received (options given here still win)
    try:
        limit = f"--server.maxUploadSize={settings.max_upload_mb()}"
    except SettingInvalid as e:  # a mistyped setting: say which, not a traceback
        sys.exit(f"serve.py: {e.message('en')}")
    from ui import context  # after the settings are known good

    context.prepare()  # the imports and the database, before the first visitor
    sys.argv = ["streamlit", "run", str(dashboard), limit, *sys.argv[1:]]
    sys.exit(cli.main())
