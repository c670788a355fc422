"""`make browser`: make sure a Chromium exists for the browser tests (tests/test_browser.py).

In order: Debian's chromium (/usr/bin/chromium, or `chromium` on PATH) if installed; else,
as root with apt-get, install Debian's chromium; else Playwright's own Chromium.
"""

import os
import shutil
import subprocess
import sys

SYSTEM_CHROMIUM = "/usr/bin/chromium"


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


def apt_install() -> bool:
    """Install Debian's chromium with apt-get (root only); True if it then runs."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    print("browser_setup: no chromium found; installing Debian's chromium with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "chromium"],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            print(f"browser_setup: `{' '.join(command)}` failed:\n{tail}", file=sys.stderr)
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


def main() -> int:
    """Find or install a Chromium; 0 when one is available."""
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
