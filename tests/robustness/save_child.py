"""Fork server for the kill-during-save test: forks children that save a large map in a loop.

Run as `python -m tests.robustness.save_child PATH CLAIMS`. It builds the two versions
once, then answers stdin commands: `fork` starts a child that saves the versions
alternately with argmap.io.native.save until killed and prints its pid; `reap` waits
for the last child to end and prints `reaped`. The server itself never writes PATH and
has no threads, so forking is safe.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from argmap import __version__
from argmap.io.native import save
from tests.robustness.maps import large_map


def main() -> int:
    path, claims = Path(sys.argv[1]), int(sys.argv[2])
    maps = [large_map(claims, seed=1), large_map(claims, seed=2)]
    for m in maps:
        m.meta.app_version = __version__
    print("ready", flush=True)
    child = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "fork":
            child = os.fork()
            if child == 0:
                try:
                    i = 0
                    while True:
                        save(maps[i % 2], path)
                        i += 1
                finally:
                    os._exit(0)
            print(child, flush=True)
        elif command == "reap" and child:
            os.waitpid(child, 0)
            child = 0
            print("reaped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
