"""Peak memory of a process, as the kernel counts it."""

from pathlib import Path


def peak_mb(pid: int | str = "self") -> float:
    """The process's peak resident memory (VmHWM), in MB. Not ru_maxrss: that survives exec,
    so a child started by a large parent would report the parent's peak."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
