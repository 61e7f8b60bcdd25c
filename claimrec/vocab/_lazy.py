"""A gazetteer layer read from its data file on first use (the towns and the divisions)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator

from claimrec.errors import FormatError
from claimrec.vocab._files import _as_traversable, _read, _Source
from claimrec.vocab._records import Place

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable


class _LazyLayer:
    """One place a line of a data file, read on first use, each place built when looked up.

    Subclasses read the file (``_load``: the lines kept in ``_lines`` and their indexes)
    and build one place from its line (``_place``); ``_noun`` names what a line holds.
    """

    __slots__ = ("_built", "_lines", "_source")
    _noun = "places"

    def __init__(self, source: _Source | None = None) -> None:
        self._source: Traversable | None = None if source is None else _as_traversable(source)
        self._lines: list[str] = []
        self._built: dict[int, Place] = {}

    def _load(self) -> None:  # pragma: no cover - every layer reads its own file
        raise NotImplementedError

    def _place(self, k: int) -> Place:  # pragma: no cover - every layer builds its own
        raise NotImplementedError

    def _rows(
        self, columns: tuple[str, ...], problems: list[tuple[int, str]]
    ) -> tuple[str, Iterator[tuple[int, str, list[str]]]] | None:
        """Take the source (it is read once) and return its name and its rows, or None.

        The header must be ``columns`` (a :class:`~claimrec.FormatError` otherwise); each
        row comes as (line number, the line as written, its cells), and a row with another
        number of cells is a problem noted in ``problems``, not a row.
        """
        source, self._source = self._source, None
        if source is None:
            return None
        where = str(source)
        lines = _read(source).splitlines()
        reader = csv.reader(lines)
        header = [h.strip() for h in next(reader, [])]
        if tuple(header) != columns:
            raise FormatError(where, [(1, f"columns {header} (expected {list(columns)})")])

        def rows() -> Iterator[tuple[int, str, list[str]]]:
            for cells in reader:
                line = reader.line_num
                if len(cells) != len(columns):
                    problems.append((line, f"{len(cells)} cells for {len(columns)} columns"))
                    continue
                yield line, lines[line - 1], cells  # one place a line: parsed again when built

        return where, rows()

    def _ready(self) -> list[str]:
        if self._source is not None:
            self._load()
        return self._lines

    def __repr__(self) -> str:
        state = "unread" if self._source is not None else f"{self._noun}={len(self._lines)}"
        return f"<{type(self).__name__} {state}>"

    def __len__(self) -> int:
        return len(self._ready())

    def __iter__(self) -> Iterator[Place]:
        return (self._place(k) for k in range(len(self._ready())))
