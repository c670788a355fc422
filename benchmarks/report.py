"""The benchmark results as Markdown tables, written into docs/benchmarks.md with a chart."""

import re

import plotly.graph_objects as go

from pantau.settings import PROJECT_DIR

DOC = PROJECT_DIR / "docs" / "benchmarks.md"
CHART = PROJECT_DIR / "docs" / "images" / "benchmarks-by-size.png"
BEGIN, END = "<!-- results: written by python -m benchmarks --write-docs -->", "<!-- /results -->"
QUERY_TARGET_MS, QUERY_TARGET_RATIO = 150, 1.3
WARM_TARGET_MS, COLD_TARGET_MS = 250, 1500


def _ms(value: float) -> str:
    """Milliseconds, readably."""
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


def _mark(ok: bool) -> str:
    """A met target, or a missed one."""
    return "yes" if ok else "**no**"


def tables(size: str, found: dict) -> str:
    """Every part measured at one size, as Markdown."""
    out = [
        f"### Size {size}: {found['observations']:,} observations, {found['regions']:,} regions "
        f"with data, {found['file_mb']:,.0f} MB",
    ]
    if "queries" in found:
        out += [
            "",
            "| query | Pantau ms (spread) | of which planning ms | raw ms (spread) | ratio | "
            "under 150 ms and 1.3× |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for row in found["queries"]:
            (ours, ours_spread), (raw, raw_spread) = row["pantau"], row["raw"]
            ratio = ours / raw if raw else float("inf")
            ok = ours < QUERY_TARGET_MS and (ratio <= QUERY_TARGET_RATIO or ours < 5)
            planning = _ms(row["planning"]) if "planning" in row else ""
            out.append(
                f"| `{row['query']}` | {_ms(ours)} ({_ms(ours_spread)}) | {planning} | "
                f"{_ms(raw)} ({_ms(raw_spread)}) | {ratio:.1f}× | {_mark(ok)} |"
            )
    if "pages" in found:
        out += [
            "",
            "| page (AppTest) | process start ms | cold ms | after an upload ms | warm ms | "
            "peak MB | errors |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for row in found["pages"]:
            if "cold" not in row:
                out.append(f"| `{row['page']}` | | | | | | {row['errors'][0][:80]} |")
                continue
            out.append(
                f"| `{row['page']}` | {_ms(row['start'])} | {_ms(row['cold'])} | "
                f"{_ms(row['after_upload'])} | {_ms(row['warm'])} | {row['peak_mb']:,.0f} | "
                f"{len(row['errors'])} |"
            )
    if "browser" in found:
        out += ["", "| page (Chromium, serve.py) | first visit ms | later visits ms |"]
        out.append("|---|---:|---:|")
        for row in found["browser"]["pages"]:
            out.append(f"| `{row['page']}` | {_ms(row['first'])} | {_ms(row['warm'])} |")
        out.append(f"\nServer process peak memory: {found['browser']['server_peak_mb']:,.0f} MB.")
    if "naive" in found:
        pandas, ours = found["naive"]["pandas"], found["naive"]["pantau"]
        ratio = pandas["first_answer"] / ours["first_answer"]
        out += [
            "",
            "| to the overview's first answer | load s | first answer s | peak MB |",
            "|---|---:|---:|---:|",
            f"| pandas (load, then compute) | {pandas['load']:.2f} | {pandas['first_answer']:.2f}"
            f" | {pandas['peak_mb']:,.0f} |",
            f"| Pantau (open, then query) | {ours['load']:.2f} | {ours['first_answer']:.2f} | "
            f"{ours['peak_mb']:,.0f} |",
            f"\nPantau reaches the first answer {ratio:.0f}× sooner.",
        ]
    if "uploads" in found:
        out += [
            "",
            "| upload into L | MB | read + validate s | preview s | commit s | total s | "
            "roll back s | peak MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in found["uploads"]:
            s = row["seconds"]
            out.append(
                f"| {row['rows']:,}-row `{row['file'].split('.')[-1]}` | {row['mb']:.1f} | "
                f"{s['read_validate']:.1f} | {s['preview']:.1f} | {s['commit']:.1f} | "
                f"**{s['total']:.1f}** | {s['rollback']:.1f} | {row['peak_mb']:,.0f} |"
            )
    return "\n".join(out)


def chart(results: dict) -> go.Figure:
    """Median query time and warm page time against the number of observations."""
    fig = go.Figure()
    measured = [(s, f) for s, f in results["sizes"].items() if "queries" in f]
    names = [row["query"] for row in measured[0][1]["queries"]] if measured else []
    for name in names:
        xs = [f["observations"] for _, f in measured]
        ys = [next(r["pantau"][0] for r in f["queries"] if r["query"] == name) for _, f in measured]
        # the slow ones are named at their right end: ten colours repeat over 23 lines
        label = [""] * (len(ys) - 1) + [name if ys[-1] > QUERY_TARGET_MS else ""]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers+text",
                name=name,
                text=label,
                textposition="middle right",
            )
        )
    if measured:  # a line trace, not add_hline: on a log axis its label would sit at 10^150
        ends = [measured[0][1]["observations"], measured[-1][1]["observations"]]
        target = {"color": "black", "dash": "dash"}
        fig.add_trace(
            go.Scatter(x=ends, y=[QUERY_TARGET_MS] * 2, mode="lines", line=target, name="target")
        )
    fig.update_layout(
        title="Median query time against database size",
        xaxis={"type": "log", "title": "observations", "range": [5.4, 7.9]},
        yaxis={"type": "log", "title": "milliseconds"},
        width=1600,
        height=900,
        template="plotly_white",
    )
    return fig


def write_docs(results: dict) -> None:
    """Replace the results section of docs/benchmarks.md and redraw the chart."""
    machine = results["machine"]
    body = [
        f"Measured on {machine['date']}: {machine['cpus']} cores, {machine['memory_gb']} GiB, "
        f"Python {machine['python']}, {machine['platform']}.",
        "",
        *(tables(size, found) + "\n" for size, found in results["sizes"].items()),
        "![Median query time against size](images/benchmarks-by-size.png)",
    ]
    text = DOC.read_text(encoding="utf-8")
    section = f"{BEGIN}\n" + "\n".join(body) + f"\n{END}"
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else f"{text}\n{section}\n"
    DOC.write_text(text, encoding="utf-8")
    chart(results).write_image(CHART)
