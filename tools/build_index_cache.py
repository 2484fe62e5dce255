"""Build knowledge/ketamine_chronic_pain.yaml.bot.pickle, the ready-built Bot that `chatbot.load()`
uses for the shipped knowledge while it is fresh (see chatbot/index_cache.py).

    python tools/build_index_cache.py

Run it after changing the knowledge or the code; tests/test_index_cache.py fails while it is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot.bot import Bot
from chatbot.index_cache import write_cache
from chatbot.knowledge import default_knowledge_path, load_knowledge


def main() -> None:
    path = default_knowledge_path()
    target = write_cache(Bot(load_knowledge(path)), path)
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
