"""A ready-built Bot for the shipped knowledge, so that `ketamine-faq ask` starts fast.

Building a Bot (parsing the YAML, splitting and indexing about a thousand phrasings, reading the
crisis model) takes several times longer than starting Python. For the knowledge shipped inside the
package, tools/build_index_cache.py pickles the built Bot beside it. The pickle is used only when its
key, checksums of the knowledge file and of every source file the Bot is made from, matches;
otherwise the Bot is built as usual, so a stale cache can cost time but not change a reply. Only
the cache shipped in this package is ever read: a pickle next to any other knowledge file is ignored.
"""

from __future__ import annotations

import os
import pickle
import zlib
from typing import TYPE_CHECKING

from chatbot.package_files import package_file

if TYPE_CHECKING:
    from chatbot.bot import Bot

CACHE_SUFFIX = ".bot.pickle"
# Everything a built Bot holds or depends on; a change to any of these makes the cache stale.
SOURCES = (
    "bot.py", "crisis_model.py", "crisis_model.json", "common_words.txt", "decision.py", "knowledge.py",
    "matching.py", "normalize.py", "reply.py", "safety.py", "safety_anchors.py", "text.py", "topics.py",
    "index_cache.py",
)  # fmt: skip


def cache_path(knowledge_path: str | os.PathLike[str]) -> str:
    return os.fspath(knowledge_path) + CACHE_SUFFIX


def cache_key(knowledge_bytes: bytes) -> str:
    """The checksums that tie a cache to one knowledge file and one version of the code.

    A guard against stale files, not against tampering (whoever can write the pickle can write the
    code): CRC-32 and Adler-32, 64 bits in all, catch any edit, and zlib loads far quicker than
    hashlib, which pulls in OpenSSL. Both run over each file in turn, never over all of them joined
    into one megabyte of copies.
    """
    crc, adler, size = zlib.crc32(knowledge_bytes), zlib.adler32(knowledge_bytes), len(knowledge_bytes)
    for name in SOURCES:
        with open(package_file(name), "rb") as source:
            for part in (b"\0" + name.encode() + b"\0", source.read()):
                crc, adler, size = zlib.crc32(part, crc), zlib.adler32(part, adler), size + len(part)
    return f"{crc:08x}{adler:08x}-{size}"


def load_cached(knowledge_path: str | os.PathLike[str]) -> Bot | None:
    """The pickled Bot for `knowledge_path` if it is fresh, else None (then build it as usual)."""
    try:
        with open(cache_path(knowledge_path), "rb") as stream:
            key = stream.readline().decode("ascii").strip()
            if key != cache_key(_read(knowledge_path)):
                return None
            bot: Bot = pickle.load(stream)  # our own file, shipped inside this package
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    return bot.moved_to(os.fspath(knowledge_path))


def write_cache(bot: Bot, knowledge_path: str | os.PathLike[str]) -> str:
    """Pickle `bot` beside `knowledge_path` (used by tools/build_index_cache.py, never at run time)."""
    target = cache_path(knowledge_path)
    with open(target, "wb") as stream:
        stream.write(cache_key(_read(knowledge_path)).encode("ascii") + b"\n")
        pickle.dump(bot, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return target


def _read(path: str | os.PathLike[str]) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()
