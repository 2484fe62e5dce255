"""Build what the chatbot reads ready-made instead of working out at start-up:

- knowledge/ketamine_chronic_pain.yaml.bot.pickle, the ready-built Bot that `chatbot.load()` uses for
  the shipped knowledge while it is fresh (see chatbot/index_cache.py);
- chatbot/safety_anchors.py, the anchors of the safety patterns (see chatbot/regex_anchors.py), so
  that a pattern is compiled only when a message may hold it.

    python tools/build_index_cache.py

Run it after changing the knowledge or the code; tests/test_index_cache.py fails while either is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot import regex_anchors, safety
from chatbot.package_files import package_file


def write_anchors() -> Path:
    target = Path(package_file("safety_anchors.py"))
    table = regex_anchors.anchor_table(safety.pattern_sources())
    target.write_text(regex_anchors.table_module(table, "tools/build_index_cache.py"), encoding="utf-8")
    return target


def write_bot() -> Path:
    # Imported here, after the anchors are written: the pickle's key covers safety_anchors.py.
    from chatbot.bot import Bot
    from chatbot.index_cache import write_cache
    from chatbot.knowledge import default_knowledge_path, load_knowledge

    path = default_knowledge_path()
    return Path(write_cache(Bot(load_knowledge(path)), path))


def main() -> None:
    for target in (write_anchors(), write_bot()):
        print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
