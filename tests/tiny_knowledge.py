"""A tiny knowledge file whose replies the CLI and chat tests control, whatever the matcher's tuning.

Two entries differ in one equally rare, equally long word ("lozenge", "capsule"), so a question
naming neither scores them alike and always gets a "did you mean" with both.
"""

from __future__ import annotations

from pathlib import Path

CLARIFY_QUESTION = "what does it taste like"
SESSION_QUESTION = "How long does a ketamine infusion session last?"
SESSION_ANSWER = "Sessions last about forty minutes in this tiny file."
WELCOME = "Welcome to the tiny test bot."
DISCLAIMER = "Tiny disclaimer, not medical advice."
CONSULT = "Tiny consult prompt."
CLARIFY = "Tiny clarify, reply with a number:"
SECTIONS = ("Sessions", "Lozenges and capsules")

TEXT = f"""\
format: 1
topic: A tiny test topic
source: A test article
messages:
  welcome: {WELCOME}
  disclaimer: {DISCLAIMER}
  consult: {CONSULT}
  fallback: Tiny fallback.
  clarify: "{CLARIFY}"
  related: "Tiny related:"
  more_none: Tiny nothing more.
  dosing: Tiny dosing.
  crisis_suicide: Tiny crisis suicide.
  crisis_emergency: Tiny crisis emergency.
entries:
  - id: session-length
    section: {SECTIONS[0]}
    questions:
      - {SESSION_QUESTION}
      - how long is an infusion
      - infusion duration
      - length of an infusion session
      - how many minutes is an infusion
    answer: {SESSION_ANSWER}
    related: [lozenge-taste, capsule-taste]
  - id: lozenge-taste
    section: {SECTIONS[1]}
    questions:
      - What does the lozenge taste like?
      - lozenge taste
      - how does the lozenge taste
      - flavour of the lozenge
      - is the lozenge bitter
    answer: The lozenge tastes of mint.
  - id: capsule-taste
    section: {SECTIONS[1]}
    questions:
      - What does the capsule taste like?
      - capsule taste
      - how does the capsule taste
      - flavour of the capsule
      - is the capsule bitter
    answer: The capsule tastes of nothing.
"""


def write_tiny_knowledge(directory: Path) -> Path:
    """Write the tiny knowledge file into `directory`; its path."""
    path = directory / "tiny.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return path
