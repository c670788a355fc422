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

if __name__ == "__main__":
    dashboard = Path(__file__).resolve().parent / "dashboard.py"
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
