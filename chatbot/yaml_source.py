"""Read one YAML file safely into plain values, remembering the line each value stands on.

Only plain YAML is accepted: no anchors or aliases (which is what turns a small "billion laughs"
file into gigabytes), no tags beyond the standard text, number, true/false and null ones, no
duplicate keys, no control characters in text, and limits on size, values, nesting, key length
and number length, so that a hostile file is refused quickly and in bounded memory.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.reader import ReaderError
from yaml.resolver import Resolver

from chatbot.errors import Problem
from chatbot.text import FORMAT_CHARACTERS

try:  # libyaml's parser is much faster; the pure-Python one behaves the same.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# Limits, chosen well above what a real knowledge file needs and low enough that the worst file
# within them is refused in under 3 s and 512 MB on a loaded 2-core machine (benchmarks/hostile.py;
# tests/test_bad_knowledge.py runs such files under a 1 GB address-space limit). The shipped file is
# 66 kB with about 2,500 values; benchmarks/synthetic.py's 100,000 phrasings (16,667 entries) are
# 15 MB and 265,000 values.
MAX_FILE_BYTES = 32 * 1024 * 1024  # refused after reading one byte more, before any parsing
# Scalars, keys, lists and mappings: twice what 100,000 phrasings need (265,000).
MAX_NODES = 500_000
# Parser events (values, and the ends of lists and mappings): 100,000 phrasings need 303,000.
MAX_EVENTS = 600_000
# Values that are not text (numbers, true/false, null): a knowledge file needs one (`format`), a
# cases file none; resolving and building them is what made a file of 32 MB of "1:2:3" and "yes"
# take 13 s to refuse.
MAX_TYPED_SCALARS = 10_000
MAX_SCALAR_CHARS = 100_000  # one value: five times the longest answer the schema allows
MAX_NESTING = 32  # a knowledge file needs 4 levels
MAX_KEY_CHARS = 256  # keys are field names and synonym terms; a long one is a mistake or an attack
# YAML 1.1 reads "1:00:00:…" as a base-60 number whose construction costs quadratic time
# (a 1 MB one took 9 s); no real number in a text file is longer than this.
MAX_NUMBER_CHARS = 64

Key = str | int
KeyPath = tuple[Key, ...]

_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})
# Tags a file may write explicitly ("!!str 123"); anything else (!!python/…, !!binary, !!set,
# custom "!tags") is refused before any constructor sees it.
_ALLOWED_SCALAR_TAGS = frozenset(
    {_STR_TAG, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
     "tag:yaml.org,2002:null"}
)  # fmt: skip
# C0 controls but tab and newline, DEL, C1 controls, lone surrogates: double-quoted YAML can
# write them as escapes ("\e", "\0", "\x85", "\ud800"), and none belongs in text meant for a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Invisible format characters (bidi overrides, zero-width, tags: chatbot.text.FORMAT_CHARACTERS):
# text that shows one thing and says another.
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
# The first characters with which PyYAML's implicit resolvers may read a plain value as anything but
# text (bool, int, float, null, timestamp, merge, value): any other plain value is text at once.
_MAYBE_TYPED_START = frozenset("-+.0123456789yYnNtTfFoO~<=!&*")
_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}


@dataclass(frozen=True)
class LocatedDocument:
    """A parsed YAML document and the 1-based line of every value in it, by key path.

    The line of a mapping's value is the line of its key.
    """

    path: str
    value: object
    lines: Mapping[KeyPath, int] = field(repr=False)

    def problem(self, key_path: KeyPath, message: str) -> Problem:
        """A problem with the value at `key_path`, located at its line and named by its field."""
        field = ".".join(str(key) for key in key_path)
        return Problem(self.path, self.line_of(key_path), field, message)

    def line_of(self, key_path: KeyPath) -> int | None:
        """The line of the value at `key_path`, or of its nearest ancestor that has one."""
        for length in range(len(key_path), -1, -1):
            line = self.lines.get(key_path[:length])
            if line is not None:
                return line
        return None


class _LineTree(Mapping[KeyPath, int]):
    """The lines of a document's values by key path, kept as a tree shaped like the document.

    A flat dict of key-path tuples costs hundreds of bytes per value in a deep document; this costs
    one pointer per value, so a file at MAX_NODES stays within a few hundred MB.
    """

    __slots__ = ("children", "line")

    def __init__(self, line: int, children: dict[str, int | _LineTree] | list[int | _LineTree]) -> None:
        self.line = line
        self.children = children

    def __getitem__(self, key_path: KeyPath) -> int:
        node: int | _LineTree = self
        for key in key_path:
            if not isinstance(node, _LineTree):
                raise KeyError(key_path)
            children = node.children
            if isinstance(children, dict):
                if key not in children:
                    raise KeyError(key_path)
            elif type(key) is not int or not 0 <= key < len(children):
                raise KeyError(key_path)
            node = children[key]  # type: ignore[index]
        return node.line if isinstance(node, _LineTree) else node

    def __iter__(self) -> Iterator[KeyPath]:
        pending: list[tuple[KeyPath, int | _LineTree]] = [((), self)]
        while pending:
            key_path, node = pending.pop()
            yield key_path
            if isinstance(node, _LineTree):
                items = node.children.items() if isinstance(node.children, dict) else enumerate(node.children)
                pending.extend(((*key_path, key), child) for key, child in reversed(list(items)))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _YamlShapeError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def read_yaml(path: str | Path) -> tuple[LocatedDocument | None, list[Problem]]:
    """Parse `path`; return the document, or None and the located problems that stopped it."""
    name = str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES + 1)  # one byte past the limit tells a file too large
    except NotRegularFileError as error:
        return None, [Problem(name, None, "", str(error))]
    except OSError as error:
        reason = error.strerror or str(error)
        return None, [Problem(name, None, "", f"cannot be read: {reason}")]
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return None, [Problem(name, None, "", f"is larger than the {limit} MiB limit for a YAML file")]
    return parse_yaml_bytes(raw, name)


class NotRegularFileError(OSError):
    """A path that names a FIFO, a device, a socket or a directory: reading it could block or never end."""


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most `limit` bytes of the regular file at `path`. A FIFO, device, socket or directory is
    refused before it is read (a FIFO is opened without waiting for a writer, and never read)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(f"cannot be read: it is {_kind(mode)}, not a regular file")
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(mode):  # replaced between the two looks
            raise NotRegularFileError(f"cannot be read: it is {_kind(mode)}, not a regular file")
        return stream.read(limit)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a file")


def parse_yaml_bytes(raw: bytes, name: str) -> tuple[LocatedDocument | None, list[Problem]]:
    """Parse YAML given as bytes; `name` is used in the problems."""
    for bom, encoding in _BOMS.items():
        if raw.startswith(bom):
            return None, [Problem(name, 1, "", f"is {encoding} text; save the file as UTF-8")]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        message = "contains a NUL byte: it is a binary file or UTF-16/32 text, not UTF-8 YAML"
        return None, [Problem(name, line, "", message)]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = f"is not valid UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        return None, [Problem(name, line, "", message)]
    if not raw.strip():
        return None, [Problem(name, 1, "", "is empty")]
    try:
        # libyaml reads the validated UTF-8 bytes itself: no second, decoded copy of a large file.
        value, lines = _build(yaml.parse(raw, Loader=_SafeLoader))
    except yaml.MarkedYAMLError as error:
        return None, [Problem(name, *_syntax_problem(error))]
    except ReaderError as error:
        # Raised for the first character the YAML reader refuses, so its first occurrence is the place.
        character = chr(error.character) if isinstance(error.character, int) else "\ufffd"
        text = raw.decode("utf-8")
        line = text[: text.find(character)].count("\n") + 1 if character in text else None
        message = f"has a character that YAML does not allow (U+{ord(character):04X})"
        return None, [Problem(name, line, "", message)]
    except yaml.YAMLError as error:
        return None, [Problem(name, None, "", f"is not valid YAML: {_first_line(str(error))}")]
    except _YamlShapeError as error:
        return None, [Problem(name, error.line, "", error.message)]
    if value is None:
        return None, [Problem(name, 1, "", "is empty")]
    return LocatedDocument(name, value, lines), []


def _syntax_problem(error: yaml.MarkedYAMLError) -> tuple[int | None, str, str]:
    """Line, field and message for a YAML syntax error, naming where the broken part began."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    reason = error.problem or error.context or "it cannot be parsed"
    if "nesting depth" in reason:  # PyYAML 6.0.4 and later stop deep nesting in the parser itself
        return line, "", f"is nested too deeply (the limit is {MAX_NESTING} levels)"
    started = error.context_mark
    if error.problem and error.context and started is not None and started.line + 1 != line:
        reason += f" ({error.context} that starts on line {started.line + 1})"
    return line, "", f"is not valid YAML: {reason}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def _shown(text: str, limit: int = 60) -> str:
    """`text` quoted for a message, cut to `limit` characters so that a message stays short."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


class _Container:
    """A mapping or sequence being built from parser events, with the lines of its children."""

    __slots__ = ("lines", "pending_key", "pending_key_line", "value")

    def __init__(self, value: dict[str, object] | list[object], lines: _LineTree) -> None:
        self.value = value
        self.lines = lines
        self.pending_key: str | None = None
        self.pending_key_line = 0

    def child_line(self, line: int) -> int:
        """The line to remember for the next child: a mapping value's is its key's, where a person
        looks to mend it."""
        return self.pending_key_line if self.pending_key is not None else line

    def add(self, value: object, lines: int | _LineTree) -> None:
        if self.pending_key is not None:
            self.value[self.pending_key] = value  # type: ignore[call-overload]
            self.lines.children[self.pending_key] = lines  # type: ignore[call-overload]
            self.pending_key = None
        else:
            self.value.append(value)  # type: ignore[union-attr]
            self.lines.children.append(lines)  # type: ignore[union-attr]


class _Scalars:
    """Turns scalar events into values: text as it is, other standard types by PyYAML's constructor."""

    def __init__(self) -> None:
        self.resolver = Resolver()
        self.constructor = SafeConstructor()
        self.typed = 0

    def tag(self, event: yaml.ScalarEvent, line: int) -> str:
        tag = event.tag
        if tag is None or tag == "!":
            value = event.value
            # Quoted or block text without a tag, or plain text no resolver could read as another type.
            if not event.implicit[0] or (value and value[0] not in _MAYBE_TYPED_START):
                return _STR_TAG
            return self.resolver.resolve(yaml.ScalarNode, value, event.implicit)
        if tag not in _ALLOWED_SCALAR_TAGS:
            raise _YamlShapeError(line, f"uses the tag {_shown(tag)}, which is not allowed")
        return tag

    def value(self, event: yaml.ScalarEvent, line: int) -> object:
        if len(event.value) > MAX_SCALAR_CHARS:
            raise _YamlShapeError(line, f"has a value longer than {MAX_SCALAR_CHARS:,} characters")
        tag = self.tag(event, line)
        if tag == _STR_TAG:
            return _checked_text(event.value, line)
        if tag in _NUMBER_TAGS and len(event.value) > MAX_NUMBER_CHARS:
            raise _YamlShapeError(line, f"has a number longer than {MAX_NUMBER_CHARS} characters")
        self.typed += 1
        if self.typed > MAX_TYPED_SCALARS:
            message = f"has more than {MAX_TYPED_SCALARS:,} values that are not text (numbers, true/false)"
            raise _YamlShapeError(line, message)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.constructor.construct_object(node)
        except Exception as error:  # PyYAML's constructors raise assorted errors: IndexError for "!!int "
            reason = (
                error.problem if isinstance(error, ConstructorError) else str(error) or type(error).__name__
            )
            raise _YamlShapeError(line, f"has a value that cannot be read ({tag}): {reason}") from None
        finally:
            # The constructor remembers every node it built; forget it so memory stays flat.
            self.constructor.constructed_objects.clear()


def _checked_text(text: str, line: int) -> str:
    control = _CONTROL.search(text)
    if control is not None:
        code = f"U+{ord(control.group()):04X}"
        message = f"has a control character ({code}) in its text; only tab and newline are allowed"
        raise _YamlShapeError(line, message)
    invisible = _FORMAT.search(text)
    if invisible is not None:
        code = f"U+{ord(invisible.group()):04X}"
        message = (
            f"has an invisible format character ({code}: a direction override, zero-width or tag "
            "character) in its text; remove it"
        )
        raise _YamlShapeError(line, message)
    return text


_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_END_EVENTS = frozenset({yaml.SequenceEndEvent, yaml.MappingEndEvent})


def _build(events: Iterable[yaml.Event]) -> tuple[object, _LineTree]:
    """Build plain values from parser events, without recursion, refusing what is not plain YAML."""
    scalars = _Scalars()
    stack: list[_Container] = []
    documents = 0
    root: object = None
    root_lines = _LineTree(1, {})
    count = 0
    for seen, event in enumerate(events):
        if seen >= MAX_EVENTS:  # the ends of lists and mappings cost as much to read as values
            raise _YamlShapeError(event.start_mark.line + 1, f"has more than {MAX_NODES:,} values")
        if type(event) in _END_EVENTS:
            stack.pop()
            continue
        line = event.start_mark.line + 1
        if isinstance(event, _NODE_EVENTS):
            count += 1
            if count > MAX_NODES:
                raise _YamlShapeError(line, f"has more than {MAX_NODES:,} values")
            parent = stack[-1] if stack else None
            if parent is not None and parent.pending_key is None and isinstance(parent.value, dict):
                parent.pending_key = _mapping_key(event, parent, line)
                parent.pending_key_line = line
                continue
            if isinstance(event, yaml.ScalarEvent):
                value = scalars.value(event, line)
                if parent is None:
                    root, root_lines = value, _LineTree(line, {})
                else:
                    parent.add(value, parent.child_line(line))
                continue
            if len(stack) >= MAX_NESTING:
                raise _YamlShapeError(line, f"is nested too deeply (the limit is {MAX_NESTING} levels)")
            is_mapping = isinstance(event, yaml.MappingStartEvent)
            if event.tag is not None and event.tag not in (_MAP_TAG if is_mapping else _SEQ_TAG, "!"):
                raise _YamlShapeError(line, f"uses the tag {_shown(event.tag)}, which is not allowed")
            container: dict[str, object] | list[object] = {} if is_mapping else []
            lines = _LineTree(parent.child_line(line) if parent else line, {} if is_mapping else [])
            if parent is None:
                root, root_lines = container, lines
            else:
                parent.add(container, lines)
            stack.append(_Container(container, lines))
        elif isinstance(event, yaml.AliasEvent):
            raise _YamlShapeError(line, "uses an alias (*name); anchors and aliases are not allowed")
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _YamlShapeError(line, "holds more than one YAML document (remove the extra '---')")
    return root, root_lines


def _mapping_key(event: yaml.Event, parent: _Container, line: int) -> str:
    if not isinstance(event, yaml.ScalarEvent) or event.tag not in (None, "!", _STR_TAG):
        raise _YamlShapeError(line, "has a key that is not plain text")
    key = event.value
    if len(key) > MAX_KEY_CHARS:
        raise _YamlShapeError(line, f"has a key longer than {MAX_KEY_CHARS} characters")
    _checked_text(key, line)
    if key == "<<" and event.implicit[0]:
        raise _YamlShapeError(line, "uses a merge key (<<), which is not allowed")
    if key in parent.value:
        raise _YamlShapeError(line, f"repeats the key {_shown(key)}")
    return key
