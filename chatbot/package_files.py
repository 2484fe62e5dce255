"""Where the package's own files are: the shipped knowledge, the crisis model, the word list.

Plain strings from os.path rather than pathlib.Path: pathlib pulls in urllib.parse, ipaddress and
fnmatch, about 4 ms that `ketamine-faq ask` would otherwise spend at every start
(benchmarks/RESULTS.md). Nothing here reads a file; callers open what they are given.
"""

from __future__ import annotations

import os

PACKAGE_DIRECTORY = os.path.dirname(os.path.abspath(__file__))


def package_file(name: str) -> str:
    """The path of `name`, a file shipped inside this package."""
    return os.path.join(PACKAGE_DIRECTORY, name)
