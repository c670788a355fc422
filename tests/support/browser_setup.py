"""`make browser`: make sure a Chromium exists for the browser tests (tests/browser/).

In order: Debian's chromium (/usr/bin/chromium, or `chromium` on PATH) if installed; else,
as root with apt-get, install Debian's chromium; else Playwright's own Chromium.
Then LibreOffice Impress, poppler's pdftoppm and Carlito (Calibri's metrics: the deck's font)
for tests/browser/test_deck_render.py, installed with apt-get as root when absent; else it skips.
"""

import os
import shutil
import subprocess
import sys

SYSTEM_CHROMIUM = "/usr/bin/chromium"
OFFICE_TOOLS = {"soffice": "libreoffice-impress", "pdftoppm": "poppler-utils"}
LOCK_WAIT = 900  # seconds apt-get waits for another apt or dpkg to let go of the lock


def system_chromium() -> str | None:
    """The path of an installed system Chromium, or None."""
    if os.access(SYSTEM_CHROMIUM, os.X_OK):
        return SYSTEM_CHROMIUM
    return shutil.which("chromium")


def chromium_version(path: str) -> str | None:
    """What `chromium --version` prints, or None if it does not run."""
    try:
        done = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    version = done.stdout.strip()
    return version if done.returncode == 0 and version else None


def report_system_chromium() -> bool:
    """Print the system Chromium's path and version; False if there is none that runs."""
    path = system_chromium()
    if path is None:
        return False
    version = chromium_version(path)
    if version is None:
        print(f"browser_setup: {path} is there but `{path} --version` failed", file=sys.stderr)
        return False
    print(f"browser_setup: using {path} ({version})")
    return True


def apt_get(packages: list[str]) -> bool:
    """Install Debian packages with apt-get (root only), waiting for the dpkg lock."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = ["-o", f"DPkg::Lock::Timeout={LOCK_WAIT}"]
    for command in (
        ["apt-get", *lock, "update", "-qq"],
        ["apt-get", *lock, "install", "-y", "-qq", "--no-install-recommends", *packages],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            print(f"browser_setup: `{' '.join(command)}` failed:\n{tail}", file=sys.stderr)
            return False
    return True


def apt_install() -> bool:
    """Install Debian's chromium with apt-get (root only); True if it then runs."""
    print("browser_setup: no chromium found; installing Debian's chromium with apt-get")
    if not apt_get(["chromium"]):
        return False
    if report_system_chromium():
        return True
    print("browser_setup: apt-get installed chromium, but it does not run", file=sys.stderr)
    return False


def playwright_install() -> bool:
    """Download Playwright's own Chromium; True if that worked."""
    print("browser_setup: installing Playwright's Chromium (python -m playwright install chromium)")
    command = [sys.executable, "-m", "playwright", "install", "chromium"]
    done = subprocess.run(command, check=False)
    if done.returncode != 0:
        print(f"browser_setup: `{' '.join(command)}` failed", file=sys.stderr)
        return False
    print("browser_setup: Playwright's Chromium is installed")
    return True


def has_carlito() -> bool:
    """True if fontconfig knows Carlito, the font LibreOffice draws Calibri with."""
    if shutil.which("fc-list") is None:
        return False
    done = subprocess.run(["fc-list", "Carlito"], capture_output=True, text=True, check=False)
    return bool(done.stdout.strip())


def office_tools() -> bool:
    """LibreOffice (soffice), pdftoppm and Carlito, installed with apt-get when absent."""
    absent = [package for tool, package in OFFICE_TOOLS.items() if shutil.which(tool) is None]
    absent += [] if has_carlito() else ["fonts-crosextra-carlito"]
    if absent:
        print(f"browser_setup: installing {' '.join(absent)} with apt-get (deck rendering)")
        apt_get(absent)
    still = [tool for tool in OFFICE_TOOLS if shutil.which(tool) is None]
    still += [] if has_carlito() else ["the Carlito font"]
    if still:
        print(
            f"browser_setup: {', '.join(still)} not available; "
            "tests/browser/test_deck_render.py will skip. As root: apt-get install "
            "libreoffice-impress poppler-utils fonts-crosextra-carlito",
            file=sys.stderr,
        )
        return False
    print(f"browser_setup: using {shutil.which('soffice')} and {shutil.which('pdftoppm')}")
    return True


def main() -> int:
    """Find or install a Chromium (and the deck's office tools); 0 when a Chromium is there."""
    office_tools()
    if report_system_chromium() or apt_install() or playwright_install():
        return 0
    print(
        "browser_setup: no Chromium for the browser tests. Install Debian's chromium as root "
        "(apt-get install chromium), or run `.venv/bin/python -m playwright install chromium` "
        "with network access, then run `make browser` again.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
