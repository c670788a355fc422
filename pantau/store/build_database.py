"""`python -m pantau.store.build_database`: build the database (with sample data) if absent."""

import argparse
import sys
import time
from pathlib import Path

from pantau import settings
from pantau.errors import PantauError
from pantau.store import catalog, db


def main(argv: list[str] | None = None) -> int:
    """Build or check the database at $PANTAU_DB and say what it holds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", type=Path, default=settings.database_path())
    parser.add_argument("--rebuild", action="store_true", help="delete and build it again")
    args = parser.parse_args(argv)
    if args.rebuild:
        args.path.unlink(missing_ok=True)
    existed = args.path.exists()
    started = time.perf_counter()
    try:
        con = db.open_database(args.path, with_sample=settings.load_sample_data())
    except PantauError as e:
        print(e.message("en"), file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    info = catalog.database_summary(con)
    con.close()
    verb = "opened" if existed else f"built in {seconds:.2f} s"
    size_mb = args.path.stat().st_size / 1e6
    print(f"{args.path}: {verb}; {info['observations']:,} observations, {size_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
