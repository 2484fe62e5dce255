"""A Bot built ahead for the shipped knowledge, so that `ketamine-faq ask` starts fast.

Building a Bot (parsing the YAML, splitting and indexing about a thousand phrasings) takes longer
than starting Python. The wheel's build hook (hatch_build.py) pickles the Bot for the shipped
knowledge into the wheel, beside the knowledge file; nothing of it is in git, and a source checkout
builds the Bot from the YAML (the test session writes one there, which git ignores, so that the
programs the tests start load it as an installed package does). Its crisis model is also the one a Bot
for any other knowledge file reads messages with (safety/training.py: shipped_model).

The file starts with one line: a checksum of the knowledge file, of every source file of the package
and of the crisis model's training messages (so an edited install is never answered from a stale Bot),
and a checksum of the pickled bytes themselves (so a damaged file is never unpickled). Either mismatch
means the Bot is built as usual: a bad file can cost time, never change a reply. Only the file shipped
in this package is read; a pickle beside any other knowledge file is ignored.
"""

from __future__ import annotations

import os
import pickle
import zlib
from typing import TYPE_CHECKING

from chatbot.package_files import PACKAGE_DIRECTORY

if TYPE_CHECKING:
    from chatbot.bot import Bot

SUFFIX = ".bot.pickle"
_MAGIC = "ketamine-faq-prebuilt-1"
_SOURCE_ENDINGS = (".py", ".json", ".txt")  # what a built Bot is made from: code and word lists (and the
# crisis model's training messages, wherever they are: _source_files)


def prebuilt_path(knowledge_path: str | os.PathLike[str]) -> str:
    """Where the prebuilt Bot for a knowledge file lies."""
    return os.fspath(knowledge_path) + SUFFIX


def source_key(knowledge_bytes: bytes) -> str:
    """Checksums that tie a prebuilt Bot to one knowledge file and one version of the package's sources.

    A guard against stale or damaged files, not against tampering (whoever can write the pickle can
    write the code): CRC-32 and Adler-32, 64 bits in all, catch any edit; zlib loads far quicker than
    hashlib, which pulls in OpenSSL.
    """
    crc, adler = _checksums(knowledge_bytes)
    for name, path in _source_files():
        with open(path, "rb") as source:
            for part in (b"\0" + name.encode() + b"\0", source.read()):
                crc, adler = _checksums(part, crc, adler)
    return f"{crc:08x}{adler:08x}"


def load_prebuilt(knowledge_path: str | os.PathLike[str]) -> Bot | None:
    """The prebuilt Bot for `knowledge_path` if it is there, fresh and undamaged; else None."""
    try:
        with open(prebuilt_path(knowledge_path), "rb") as stream:
            header = stream.readline().decode("ascii").split()
            payload = stream.read()
        with open(knowledge_path, "rb") as knowledge:
            expected = [_MAGIC, source_key(knowledge.read()), _payload_sum(payload)]
        if header != expected:
            return None
        bot: Bot = pickle.loads(payload)  # our own file, shipped inside this package, its checksum verified
        return bot.moved_to(os.fspath(knowledge_path))
    except Exception:
        return None


def write_prebuilt(bot: Bot, knowledge_path: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Pickle `bot`, built from `knowledge_path`, into `target` with its header (the build hook's job)."""
    payload = pickle.dumps(bot, protocol=pickle.HIGHEST_PROTOCOL)
    with open(knowledge_path, "rb") as knowledge:
        header = " ".join((_MAGIC, source_key(knowledge.read()), _payload_sum(payload)))
    with open(target, "wb") as stream:
        stream.write(header.encode("ascii") + b"\n" + payload)


def _payload_sum(payload: bytes) -> str:
    crc, adler = _checksums(payload)
    return f"{crc:08x}{adler:08x}-{len(payload)}"


def _checksums(data: bytes, crc: int = 0, adler: int = 1) -> tuple[int, int]:
    return zlib.crc32(data, crc), zlib.adler32(data, adler)


def _source_files() -> list[tuple[str, str]]:
    """(name, path) of the package's own sources, in a fixed order (the shipped knowledge folder is not among
    them), then of the crisis model's training messages: inside the package in a wheel, in tests/data in a
    source checkout, named alike in both."""
    from chatbot.safety.training import TRAINING_FILES, training_folder

    found = []
    for folder, subfolders, names in os.walk(PACKAGE_DIRECTORY):
        subfolders[:] = sorted(
            name for name in subfolders if name not in ("__pycache__", "knowledge", "training")
        )
        found += [
            (
                os.path.relpath(os.path.join(folder, name), PACKAGE_DIRECTORY).replace(os.sep, "/"),
                os.path.join(folder, name),
            )
            for name in sorted(names)
            if name.endswith(_SOURCE_ENDINGS)
        ]
    found += [(f"training messages/{name}", os.path.join(training_folder(), name)) for name in TRAINING_FILES]
    return found
