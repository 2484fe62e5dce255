"""Hatch build hook: put a prebuilt Bot for the shipped knowledge into the wheel (see chatbot/prebuilt.py).

Nothing generated is committed: the wheel carries what this hook builds, a source checkout builds
the Bot from the YAML when it starts.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class PrebuiltBotHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, self.root)
        try:
            from chatbot.bot import Bot
            from chatbot.knowledge import load_knowledge, shipped_knowledge_path
            from chatbot.prebuilt import prebuilt_path, write_prebuilt
        finally:
            sys.path.remove(self.root)
        knowledge_path = shipped_knowledge_path()
        self._folder = tempfile.TemporaryDirectory()
        target = os.path.join(self._folder.name, os.path.basename(prebuilt_path(knowledge_path)))
        write_prebuilt(Bot(load_knowledge(knowledge_path)), knowledge_path, target)
        build_data["force_include"][target] = "chatbot/knowledge/" + os.path.basename(target)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
